package dk.attestkursus.municipalities;

import dk.attestkursus.base.ui.StartPages;

/** The platform administrator's pages (decision 019: each constant is the route its view names). */
public final class MunicipalityPaths {

    /** The platform administrator's start page: the municipalities. */
    public static final String HOME = StartPages.PLATFORM_ADMIN;

    private MunicipalityPaths() {}
}
