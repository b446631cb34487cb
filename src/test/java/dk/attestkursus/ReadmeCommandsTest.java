package dk.attestkursus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's two commands: the one that runs the app shows the product as users see it
 * (production mode, no test compilation), and CI runs the one that runs the tests.
 */
class ReadmeCommandsTest {

    private static String firstCommandUnder(String readme, String heading) {
        Matcher m = Pattern.compile("(?s)\\n## " + Pattern.quote(heading) + "\\n.*?```bash\\n(.*?)\\n```")
                .matcher(readme);
        assertThat(m.find()).as("a bash block under '## " + heading + "'").isTrue();
        return m.group(1).strip();
    }

    @Test
    void the_run_command_starts_production_mode_without_compiling_the_tests() throws IOException {
        String run = firstCommandUnder(Files.readString(Path.of("README.md")), "Run");
        assertThat(run).startsWith("./mvnw").contains("-Pproduction", "-Dmaven.test.skip=true", "spring-boot:run");
    }

    @Test
    void ci_runs_the_readme_test_command() throws IOException {
        String test = firstCommandUnder(Files.readString(Path.of("README.md")), "Test");
        assertThat(Files.readString(Path.of(".ci", "run"))).contains(test.replace("./mvnw ", "./mvnw -B "));
    }
}
