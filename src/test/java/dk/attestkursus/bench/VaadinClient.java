package dk.attestkursus.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user of the app over plain HTTP, as the browser's Vaadin client talks to the server: logs in
 * through the login form, opens a view (init + navigation), keeps the push WebSocket open and
 * clicks buttons by their element id. Lets a benchmark hold hundreds of real sessions with live
 * UIs and push connections without hundreds of browsers.
 */
final class VaadinClient implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    /** Element id → the state node that has it now (re-rendered elements get new nodes). */
    private final Map<String, Integer> nodes = new ConcurrentHashMap<>();
    /** The UI's state tree as far as the server has sent it: node id → tag, values and lists. */
    private final Map<Integer, Node> tree = new HashMap<>();

    private final StringBuilder pending = new StringBuilder();
    private int uiId;
    private String securityKey = "";
    private String pushId = "";
    private int clientId;
    private int historyIndex;
    private volatile int syncId;
    private volatile int pushMessages;
    private WebSocket socket;

    VaadinClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Logs in through the form login; fails if the server does not accept the password. */
    void login(String username, String password) throws IOException, InterruptedException {
        String page = get("/login");
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = Map.of("username", username, "password", password, "_csrf", csrf.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "login refused for " + username + ": " + response.statusCode() + " " + location);
        }
    }

    /** Opens a view as the browser does: the UI's init request, then navigation to the route. */
    void open(String route) throws IOException, InterruptedException {
        synchronized (this) {
            tree.clear();
            nodes.clear();
            historyIndex = 0;
        }
        JsonNode init = JSON.readTree(
                get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="));
        JsonNode config = init.get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        pushId = uidl.get("Vaadin-Push-ID").asString();
        clientId = 0;
        handle(uidl);
        rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
    }

    /**
     * Goes to another route in the same UI, as a click on a router link does (no new page load):
     * one navigation request, answered with the new view's elements.
     */
    void navigate(String route) throws IOException, InterruptedException {
        rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + (++historyIndex)
                + "},\"trigger\":\"routerlink\"}}");
    }

    /** Opens the push WebSocket of the current UI; changes pushed by the server are read as they come. */
    void connectPush() {
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=3.0.5.slf4jvaadin1-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application%2Fjson%3B%20charset%3DUTF-8"
                + "&X-atmo-protocol=true";
        String cookieHeader = cookies.getCookieStore().get(URI.create(base)).stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        socket = http.newWebSocketBuilder()
                .header("Cookie", cookieHeader)
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/VAADIN/push?" + query), new Listener())
                .join();
    }

    /** Whether an element with this id is in the UI now. */
    boolean has(String elementId) {
        return nodes.containsKey(elementId);
    }

    /** Forgets an element, so {@link #has} tells when the server sends it anew. */
    void forget(String elementId) {
        nodes.remove(elementId);
    }

    int pushMessages() {
        return pushMessages;
    }

    /** Clicks the element with this id, as a user's click does, and waits for the server's answer. */
    void click(String elementId) throws IOException, InterruptedException {
        Integer node = nodes.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element '" + elementId + "' in the UI");
        }
        rpc(clickOf(node));
    }

    /** Clicks an element found by {@link #withTag} or {@link #children}, and waits for the server's answer. */
    void clickNode(int node) throws IOException, InterruptedException {
        rpc(clickOf(node));
    }

    /** The element with this id, or -1. */
    int node(String elementId) {
        return nodes.getOrDefault(elementId, -1);
    }

    /** The nodes in the UI now with this tag (e.g. {@code vaadin-radio-group}), in node order. */
    synchronized List<Integer> withTag(String tag) {
        return tree.entrySet().stream()
                .filter(e -> tag.equals(e.getValue().tag))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** A property's or attribute's value as the server last sent it (as text), or null. */
    synchronized String value(int node, String key) {
        Node n = tree.get(node);
        return n == null ? null : n.values.get(key);
    }

    /** The element's child nodes now. */
    synchronized List<Integer> children(int node) {
        Node n = tree.get(node);
        return n == null ? List.of() : n.children();
    }

    /**
     * Sets a synchronised property as the browser's client does when the user changes a field (the
     * property, then the DOM event that carries it: {@code input} for typing, {@code value-changed}
     * for a choice), optionally followed by a click on another element in the same request, and waits
     * for the server's answer; returns it.
     */
    String change(int node, String property, String value, String event, int thenClick)
            throws IOException, InterruptedException {
        String sync = "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property
                + "\",\"value\":" + JSON.writeValueAsString(value) + "},{\"type\":\"event\",\"node\":" + node
                + ",\"event\":\"" + event + "\",\"data\":{}}";
        return rpc(thenClick < 0 ? sync : sync + "," + clickOf(thenClick));
    }

    private static String clickOf(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":10,"
                + "\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":10,"
                + "\"event.screenX\":10}}";
    }

    private synchronized String rpc(String invocation) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + invocation + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL request failed: " + response.statusCode());
        }
        JsonNode uidl = JSON.readTree(strip(response.body()));
        if (uidl.has("meta") && uidl.get("meta").has("appError")) {
            throw new IllegalStateException("server reported an error: " + response.body());
        }
        handle(uidl);
        return response.body();
    }

    private synchronized void handle(JsonNode uidl) {
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        if (uidl.has("syncId")) {
            syncId = Math.max(syncId, uidl.get("syncId").asInt());
        }
        JsonNode changes = uidl.get("changes");
        if (changes != null && changes.isArray()) {
            for (JsonNode change : changes) {
                track(change);
                if ("put".equals(text(change, "type"))
                        && "id".equals(text(change, "key"))
                        && change.has("value")
                        && change.get("value").isString()) {
                    nodes.put(change.get("value").asString(), change.get("node").asInt());
                }
            }
        }
    }

    /** Keeps {@link #tree} in step with one change of the server's state tree. */
    private void track(JsonNode change) {
        String type = text(change, "type");
        int id = change.get("node").asInt();
        if ("detach".equals(type)) {
            tree.remove(id);
            return;
        }
        Node node = tree.computeIfAbsent(id, k -> new Node());
        switch (type) {
            case "put" -> {
                JsonNode value = change.get("value");
                if (value != null && value.isValueNode()) {
                    if ("tag".equals(text(change, "key"))) {
                        node.tag = value.asString();
                    } else {
                        node.values.put(text(change, "key"), value.asString());
                    }
                }
            }
            case "remove" -> node.values.remove(text(change, "key"));
            case "clear" -> node.lists.remove(change.get("feat").asInt());
            case "splice" -> {
                List<Object> list =
                        node.lists.computeIfAbsent(change.get("feat").asInt(), k -> new ArrayList<>());
                int index = change.get("index").asInt();
                int remove = change.has("remove") ? change.get("remove").asInt() : 0;
                for (int i = 0; i < remove && index < list.size(); i++) {
                    list.remove(index);
                }
                JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.get("add");
                if (added != null) {
                    List<Object> items = new ArrayList<>();
                    added.forEach(a -> items.add(change.has("addNodes") ? (Object) a.asInt() : a.asString()));
                    list.addAll(Math.min(index, list.size()), items);
                }
            }
            default -> {
                // attach: the node exists now; other changes do not matter here
            }
        }
    }

    /** One node of the state tree: its tag, its properties and attributes, its lists (children, classes). */
    private static final class Node {
        String tag;
        final Map<String, String> values = new HashMap<>();
        final Map<Integer, List<Object>> lists = new HashMap<>();

        /** Every node in this node's node lists (its children; virtual children too). */
        List<Integer> children() {
            List<Integer> children = new ArrayList<>();
            lists.values()
                    .forEach(list -> list.stream()
                            .filter(Integer.class::isInstance)
                            .map(Integer.class::cast)
                            .forEach(children::add));
            return children;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : value.asString();
    }

    private static String strip(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        json = json.strip();
        if (json.startsWith("[") && json.endsWith("]")) {
            json = json.substring(1, json.length() - 1);
        }
        return json;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode());
        }
        return response.body();
    }

    /** Atmosphere frames: "length|message", possibly several in one frame or one split across frames. */
    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            synchronized (pending) {
                pending.append(data);
                while (true) {
                    int bar = pending.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length;
                    try {
                        length = Integer.parseInt(pending.substring(0, bar).strip());
                    } catch (NumberFormatException e) {
                        pending.setLength(0);
                        break;
                    }
                    if (pending.length() < bar + 1 + length) {
                        break;
                    }
                    String message = pending.substring(bar + 1, bar + 1 + length);
                    pending.delete(0, bar + 1 + length);
                    if (message.contains("\"changes\"")) {
                        pushMessages++;
                        handle(JSON.readTree(strip(message)));
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }
}
