package dk.attestkursus.e2e.pages;

import dk.attestkursus.e2e.Browser;
import org.openqa.selenium.By;

/** "Overblik" ({@code /admin}): the administrator's start page. */
public final class AdminHomePage extends MainLayoutPage {

    public static final String PATH = "/admin";

    public AdminHomePage(Browser browser) {
        super(browser);
        browser.find(By.id("admin-todo"));
    }

    public String todoText() {
        return browser.find(By.id("admin-todo")).getText();
    }

    public String contentStatus() {
        return browser.find(By.id("content-status")).getText();
    }
}
