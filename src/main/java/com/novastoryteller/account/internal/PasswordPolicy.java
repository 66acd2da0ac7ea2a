package com.novastoryteller.account.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must not be, after NIST SP 800-63B (5.1.1.2): shorter than 8 characters, one of the passwords
 * people pick most often (give or take digits and symbols at the ends and look-alike digits), a run or repeat of
 * the same few keys, or built from the account's own username or e-mail address.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    // What must be left of a password once the username or e-mail is taken out of it, for it to be more than that.
    private static final int OWN_CHARACTERS = 6;
    private static final List<String> KEY_ROWS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
            "qwertzuiop", "azertyuiop", "yxcvbnm", "wxcvbn");

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("account/common-passwords.txt");
    }

    /** Why the password may not be used by the account with this username and e-mail, or empty when it may. */
    public Optional<String> weakness(String password, String username, String email) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        if (isCommon(password)) {
            return Optional.of("This is one of the passwords people pick most often, so it is among the first "
                    + "to be guessed. Please choose another, for example a few words that belong together only for you.");
        }
        if (isRunOrRepeat(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This password runs along the keyboard or repeats the same few characters "
                    + "(like 12345678 or abcabcabc), so it is easy to guess. Please choose another.");
        }
        if (builtFrom(password, username)) {
            return Optional.of("A password cannot be made from your username. Please choose another.");
        }
        String localPart = email.contains("@") ? email.substring(0, email.lastIndexOf('@')) : email;
        if (builtFrom(password, email) || builtFrom(password, localPart)) {
            return Optional.of("A password cannot be made from your e-mail address. Please choose another.");
        }
        return Optional.empty();
    }

    private boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT).strip();
        String core = core(lower);
        return Stream.of(lower, core, readAsLetters(core, 'i'), readAsLetters(core, 'l'), core(readAsLetters(lower, 'i')),
                core(readAsLetters(lower, 'l'))).anyMatch(common::contains);
    }

    /** Whether what is left of the password without the name is too little to guess at. */
    private boolean builtFrom(String password, String name) {
        String key = lettersAndDigits(name);
        if (key.length() < 3) {
            return false;
        }
        String reversed = new StringBuilder(key).reverse().toString();
        for (String form : List.of(lettersAndDigits(password), lettersAndDigits(readAsLetters(password, 'i')),
                lettersAndDigits(readAsLetters(password, 'l')))) {
            if (form.length() >= 4 && key.contains(form)) {
                return true;
            }
            for (String part : List.of(key, reversed)) {
                if (form.contains(part)) {
                    String rest = form.replace(part, "");
                    if (rest.length() < OWN_CHARACTERS || common.contains(rest) || isRunOrRepeat(rest)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A run along a keyboard row or the alphabet (either way), a unit repeated, or fewer than 4 different characters. */
    private static boolean isRunOrRepeat(String text) {
        if (text.chars().distinct().count() < 4) {
            return true;
        }
        for (int unit = 1; unit <= text.length() / 2; unit++) {
            if (text.equals(text.substring(0, unit).repeat(text.length() / unit + 1).substring(0, text.length()))) {
                return true;
            }
        }
        return isStep(text, 1) || isStep(text, -1) || KEY_ROWS.stream().anyMatch(row -> row.contains(text)
                || new StringBuilder(row).reverse().toString().contains(text));
    }

    private static boolean isStep(String text, int step) {
        for (int n = 1; n < text.length(); n++) {
            if (text.charAt(n) - text.charAt(n - 1) != step) {
                return false;
            }
        }
        return true;
    }

    /** The password without the digits and symbols people add at either end ("Summer2024!" is "summer"). */
    private static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    /** Look-alike digits and symbols read as the letters they stand for; a 1 as {@code one} (an i or an l). */
    private static String readAsLetters(String text, char one) {
        StringBuilder letters = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            letters.append(switch (c) {
                case '0' -> 'o';
                case '1', '!', '|' -> one;
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7', '+' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return letters.toString();
    }

    private static String lettersAndDigits(String text) {
        return text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
