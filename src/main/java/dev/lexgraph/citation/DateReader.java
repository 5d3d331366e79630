package dev.lexgraph.citation;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads dates written as digits (26/11/2021) or in words (ngày 26 tháng 11 năm 2021). */
final class DateReader {

    /** A date as written and, when it exists on the calendar, as ISO text. */
    record ReadDate(String iso, String asWritten, Integer year, boolean impossible, boolean footnoteTrimmed) {
    }


    private DateReader() {
    }

    /**
     * Reads day, month and year from the numbers in {@code written} (its first three digit runs).
     * A five-digit year that starts with 19 or 20 carries a footnote marker glued to it ("20232").
     */
    static ReadDate read(String written) {
        int[] parts = new int[3];
        String yearText = null;
        int n = 0;
        int i = 0;
        int len = written.length();
        while (n < 3 && i < len) {
            if (written.charAt(i) < '0' || written.charAt(i) > '9') {
                i++;
                continue;
            }
            int start = i;
            while (i < len && written.charAt(i) >= '0' && written.charAt(i) <= '9') {
                i++;
            }
            String g = written.substring(start, i);
            if (n == 2) {
                yearText = g;
            }
            parts[n++] = g.length() > 6 ? -1 : Integer.parseInt(g);
        }
        if (n < 3) {
            return null;
        }
        boolean trimmed = false;
        if (yearText.length() == 5 && (yearText.startsWith("19") || yearText.startsWith("20"))) {
            parts[2] = Integer.parseInt(yearText.substring(0, 4));
            trimmed = true;
        }
        int day = parts[0];
        int month = parts[1];
        int year = parts[2];
        if (year < 1900 || year > 2199) {
            return new ReadDate(null, written, null, true, trimmed);
        }
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return new ReadDate(d.toString(), written, year, false, trimmed);
        } catch (DateTimeException e) {
            return new ReadDate(null, written, year, true, trimmed);
        }
    }

    /**
     * An ISO date ("2025-07-01") as a {@code LocalDate}, read digit by digit: {@code LocalDate.parse} goes through
     * a formatter and costs about as much as reading a citation. Any other shape goes to {@code LocalDate.parse}.
     */
    static java.time.LocalDate iso(String date) {
        if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
            int y = digits(date, 0, 4);
            int m = digits(date, 5, 7);
            int d = digits(date, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return java.time.LocalDate.of(y, m, d);
            }
        }
        return java.time.LocalDate.parse(date);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
