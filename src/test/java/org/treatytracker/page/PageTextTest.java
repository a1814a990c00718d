package org.treatytracker.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every word of the pages is written in both languages: the French file has exactly the English bundle's keys. */
class PageTextTest {

    @Test
    void theFrenchFileTranslatesEveryMessageAndNoOther() throws IOException {
        Set<String> english = Arrays.stream(PageText.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Message.class))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties french = new Properties();
        try (InputStream file = getClass().getResourceAsStream("/messages/msg_fr.properties")) {
            french.load(new InputStreamReader(file, StandardCharsets.UTF_8));
        }
        assertEquals(english, new TreeSet<>(french.stringPropertyNames()), "keys of PageText (expected) and of msg_fr.properties");
        french.forEach((key, value) -> assertEquals(false, value.toString().isBlank(), "a French text for " + key));
    }
}
