package dk.attestkursus.municipalities;

import dk.attestkursus.base.ui.StartPages;

/** The platform administrator's pages (decision 019: each constant is the route its view names). */
public final class MunicipalityPaths {

    /** The platform administrator's start page: the municipalities. */
    public static final String HOME = StartPages.PLATFORM_ADMIN;

    /** The municipality's own page in the course, for everyone of the municipality. */
    public static final String LOCAL_PAGE = "kommune";

    /** Writing the municipality's own page: its administrator. */
    public static final String LOCAL_PAGE_EDITOR = "admin/kommuneside";

    private MunicipalityPaths() {}
}
