/** The self-service pages: choose a password by a personal link, forgotten password, own account, a run's accounts. */
@NullMarked
package dk.attestkursus.selfservice.ui;

import org.jspecify.annotations.NullMarked;
