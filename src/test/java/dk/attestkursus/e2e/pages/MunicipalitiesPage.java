package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import java.util.List;
import org.openqa.selenium.By;

/** "Kommuner på platformen" ({@code /platform}): the platform administrator's start page. */
public final class MunicipalitiesPage extends MainLayoutPage {

    public static final String PATH = "/platform";

    public MunicipalitiesPage(Browser browser) {
        super(browser);
        browser.find(By.id("municipality-create"));
    }

    public static MunicipalitiesPage open(Browser browser) {
        browser.open(PATH);
        return new MunicipalitiesPage(browser);
    }

    /** The names in the list of municipalities (each name cell also says, below, what it has). */
    public List<String> names() {
        browser.waitForVaadin();
        return texts(browser.findAll(By.cssSelector("#municipalities .municipality-row-name")));
    }

    /** Fills in a new municipality and its first administrator and creates them; returns the password shown once. */
    public String create(String name, String adminName, String adminUsername, String adminEmail) {
        typeInto("municipality-name", name);
        typeInto("municipality-admin-name", adminName);
        typeInto("municipality-admin-username", adminUsername);
        typeInto("municipality-admin-email", adminEmail);
        browser.click(By.id("municipality-create"));
        String password =
                browser.findVisible(By.id("generated-password")).getText().strip();
        browser.click(By.id("password-close"));
        browser.waitForVaadin();
        return password;
    }

    /** Creates with these values, expecting a refusal; returns the error shown at the name field. */
    public String createExpectingNameError(String name) {
        typeInto("municipality-name", name);
        browser.click(By.id("municipality-create"));
        browser.waitForVaadin();
        return browser.find(By.id("municipality-name")).getDomProperty("errorMessage");
    }
}
