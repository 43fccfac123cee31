package io.newsrel.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HugeMethodsTest {

    /** The tests run with the launcher's -XX:-DontCompileHugeMethods (surefire's argLine in pom.xml). */
    @Test
    void theTestJvmCompilesHugeMethodsAsTheLaunchersDoes() {
        assertTrue(HugeMethods.compiled());
    }
}
