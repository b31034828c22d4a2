package cn.kaoping.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests the web application's {@code index.html} answers, and which pass to the server. */
class SpaFallbackFilterTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @ParameterizedTest
    @CsvSource({
            "/,                        true",
            "/schemes,                 true",
            "/schemes/xingan-2006/1,   true",
            "/tenants,                 true",
            "/index.html,              true",
            "/assets/index-abc123.js,  false",
            "/favicon.svg,             false",
            "/api,                     false",
            "/api/tenants,             false",
            "/openapi,                 false",
            "/openapi/ui,              false",
            "/health/ready,            false",
            "/metrics,                 false",
            "/container-error,         false",
            "/ui-config,               false",
    })
    void aBrowserPageRequestGetsTheApplicationUnlessTheServerOwnsThePath(String path, boolean ui) {
        assertEquals(ui ? Optional.of(SpaFallbackFilter.INDEX) : Optional.empty(),
                SpaFallbackFilter.uiPage("GET", path, BROWSER), path);
    }

    @ParameterizedTest
    @CsvSource({"GET, application/json", "GET, ''", "POST, text/html", "DELETE, text/html"})
    void anythingButABrowsersPageRequestPassesToTheServer(String method, String accept) {
        assertEquals(Optional.empty(), SpaFallbackFilter.uiPage(method, "/schemes", accept));
    }

    @ParameterizedTest
    @CsvSource({"/apis", "/healthy", "/openapix"})
    void aRouteThatOnlyBeginsLikeAServerPathIsTheApplications(String path) {
        assertEquals(Optional.of(SpaFallbackFilter.INDEX), SpaFallbackFilter.uiPage("HEAD", path, "text/html"));
    }
}
