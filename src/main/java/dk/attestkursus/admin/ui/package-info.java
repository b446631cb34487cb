/** The administrator's start page, account management and content status; views are package-private. */
@NullMarked
package dk.attestkursus.admin.ui;

import org.jspecify.annotations.NullMarked;
