package dk.attestkursus.privacy.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.attestkursus.base.AppI18NProvider;
import dk.attestkursus.content.PolicyTexts;
import dk.attestkursus.privacy.PolicyPaths;

/** The privacy notice (privatlivspolitik, issue 25), open to everyone: the text of content/privacy/. */
@Route(value = PolicyPaths.PRIVACY_NOTICE, autoLayout = false)
@AnonymousAllowed
class PrivacyNoticeView extends PublicPolicyPage {

    PrivacyNoticeView(PolicyTexts texts, AppI18NProvider i18n) {
        super(texts.privacyNotice(), "policy.notice.title", "policy.notice.pageTitle", "policy-link-privacy", i18n);
    }
}
