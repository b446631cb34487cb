package dk.attestkursus.security.domain;

import dk.attestkursus.kernel.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An e-mail domain a municipality's provider serves; unique on the whole platform. */
@Entity
@Table(name = "sso_domain")
public class SsoDomain extends BaseEntity {

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(nullable = false)
    private String domain;

    @SuppressWarnings("NullAway.Init")
    protected SsoDomain() {
        // for JPA
    }

    public SsoDomain(long providerId, String domain) {
        this.providerId = providerId;
        this.domain = domain;
    }

    public long getProviderId() {
        return providerId;
    }

    public String getDomain() {
        return domain;
    }
}
