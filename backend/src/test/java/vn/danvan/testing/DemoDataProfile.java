package vn.danvan.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application as {@code make run} starts it, with its demo data (every feature's demo loads on start). The demo
 * tests of all features share this one profile, so the application starts with demo data once for all of them.
 */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("danvan.demo-data", "true");
    }
}
