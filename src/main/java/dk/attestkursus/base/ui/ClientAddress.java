package dk.attestkursus.base.ui;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address of the browser whose request is being served, for per-client limits. Behind the load balancer
 * it is the client's, not the proxy's: Tomcat takes it from {@code X-Forwarded-For} sent by a private-network
 * proxy ({@code server.forward-headers-strategy=native}). Empty outside a request.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "" : address;
    }
}
