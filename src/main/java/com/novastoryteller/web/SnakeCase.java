package com.novastoryteller.web;

/** Turns a Java property name into the field name the API shows: {@code firstName} becomes {@code first_name}. */
public final class SnakeCase {

    private SnakeCase() {
    }

    public static String of(String propertyName) {
        StringBuilder name = new StringBuilder(propertyName.length() + 4);
        for (char c : propertyName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            }
            else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
