package dk.attestkursus.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CPR numbers in every common writing are found; ordinary numbers pass. */
class CprDetectorTest {

    @ParameterizedTest(name = "found: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            010180-1234                    | plain, with hyphen
            0101801234                     | without hyphen
            01 01 80 1234                  | spaces between the groups
            01.01.80-1234                  | dots and hyphen
            010180 - 1234                  | spaced hyphen
            Borgeren (010180-1234) er syg  | inside a sentence
            cpr0101801234nr                | hidden inside a word
            010180-\\n1234                 | across a line break
            290200-4001                    | 29 February 2000 (seventh digit 4, year 00 → 2000, a leap year)
            311299-5000                    | seventh digit 5, year 99 → 1899
            010107-4000                    | valid though it fails modulus 11 (CPR numbers since 2007)
            150560-1110                    | passes modulus 11 as well
            010180–1234                    | an en dash, as Word and Outlook write it
            010180 – 1234                  | a spaced en dash
            01{nbsp}01{nbsp}80{nbsp}1234   | non-breaking spaces
            010180{shy}1234                | a soft hyphen
            0101{zwsp}801234               | a zero-width space
            010180-\\n    1234            | an indented wrapped line
            010180-12\\n34                | a line break inside the last four digits
            010180/1234                    | a slash (issue 24)
            01/01/80-1234                  | slashes in the date
            01/01/1980-1234                | a four-digit year
            01-01-1980 1234                | a four-digit year with hyphens
            010180_1234                    | an underscore
            010180:1234                    | a colon
            010180,1234                    | a comma
            ０１０１８０-１２３４            | full-width digits
            ٠١٠١٨٠-١٢٣٤                    | Arabic-Indic digits
            O1O18O-1234                    | the letter O for zero
            o1o18o-1234                    | a small o for zero
            010180<b>-</b>1234             | markup between the parts
            010180&#45;1234                | an entity for the hyphen
            <span>010180</span>1234        | markup around a part
            Jens 010180/1234               | a participant row as typed
            """)
    void finds_cpr_numbers(String text, String why) {
        String written = text.replace("\\n", "\n")
                .replace("{nbsp}", "\u00A0")
                .replace("{shy}", "\u00AD")
                .replace("{zwsp}", "\u200B");
        assertThat(CprDetector.contains(written)).as(why).isTrue();
    }

    @ParameterizedTest(name = "passes: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            12.01.2024                     | a date
            Mødet er 12.01.2024 kl. 10.00  | a date and a time
            Tlf. 12 34 56 78               | a phone number
            +45 12345678                   | a phone number without spaces
            Sag 2024-123456                | a case number
            Beløb: 1.234.567,89 kr.        | an amount
            320180-1234                    | no 32nd day
            011380-1234                    | no 13th month
            290201-4001                    | 29 February 2001 is not a date
            290200-0001                    | 29 February 1900 is not a date (seventh digit 0 → 1900)
            10101801234                    | eleven digits: a longer number
            Journal 20240112123456         | fourteen digits
            1234                           | four digits
            Tlf. +45 21 01 80 12           | a phone number with country code
            Ring 21 01 80 12 i dag         | a phone number in pairs
            Mødet 12/01/2024 kl. 10:30     | a date with slashes and a time (issue 24)
            Sag 2024/123456                | a case number with a slash
            Beløb 1.234,50 og 2.000,00 kr  | two amounts with decimal commas
            Mellem 01.01.1980 og 2024      | a date with a four-digit year and a year
            CO2-udledning 2024             | a letter O beside a digit in a word
            Journalnr. 2024_0001234        | a journal number with an underscore
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10  | a list of numbers
            <b>Tlf.</b> 12 34 56 78        | markup and a phone number
            """)
    void ordinary_numbers_pass(String text, String why) {
        assertThat(CprDetector.contains(text)).as(why).isFalse();
    }

    @Test
    void the_match_points_at_the_number_and_its_line() {
        String text = "Første linje\nBorgeren har cpr 010180-1234 oplyst";

        CprDetector.Match match = CprDetector.find(text).orElseThrow();

        assertThat(text.substring(match.start(), match.end())).isEqualTo("010180-1234");
        assertThat(CprDetector.lineOf(text, match.start())).isEqualTo(2);
    }

    @Test
    void the_century_follows_the_seventh_digit_and_the_year() {
        assertThat(CprDetector.century(3, 10)).isEqualTo(1900);
        assertThat(CprDetector.century(4, 36)).isEqualTo(2000);
        assertThat(CprDetector.century(4, 37)).isEqualTo(1900);
        assertThat(CprDetector.century(5, 57)).isEqualTo(2000);
        assertThat(CprDetector.century(8, 58)).isEqualTo(1800);
        assertThat(CprDetector.century(9, 36)).isEqualTo(2000);
        assertThat(CprDetector.century(9, 37)).isEqualTo(1900);
    }
}
