package vn.danvan.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectiveNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "632-CV/TU                        | PARTY | 632 | -    | CV   | TU",
            "Số 70 -CV/TU                     | PARTY | 70  | -    | CV   | TU",
            "01-CTr/BDVTW                     | PARTY | 1   | -    | CTr  | BDVTW",
            "23-KH/BTGDVTU                    | PARTY | 23  | -    | KH   | BTGDVTU",
            "10-CT/TW                         | PARTY | 10  | -    | CT   | TW",
            "12-NQ/HU                         | PARTY | 12  | -    | NQ   | HU",
            "số 43 - KL/TW                    | PARTY | 43  | -    | KL   | TW",
            "88/2016/NQLT/CP-ĐCTUBTWMTTQVN    | STATE | 88  | 2016 | NQLT | CP-ĐCTUBTWMTTQVN",
            "88/NQLT/CP-ĐCTUBTWMTTQVN         | STATE | 88  | -    | NQLT | CP-ĐCTUBTWMTTQVN",
            "12/ĐA-MTTQ                       | STATE | 12  | -    | ĐA   | MTTQ",
            "25/TTr-MTTW-BTT                  | STATE | 25  | -    | TTr  | MTTW-BTT",
            "Số: 1234/QĐ-UBND                 | STATE | 1234| -    | QĐ   | UBND",
            "45/2020/NĐ-CP                    | STATE | 45  | 2020 | NĐ   | CP" })
    void readsTheParts(String text, NumberStyle style, int sequence, Integer year, String type, String issuer) {
        DirectiveNumber number = DirectiveNumber.parse(text);
        assertEquals(text, number.text(), "kept exactly as written");
        assertEquals(style, number.style());
        assertEquals(sequence, number.sequence());
        assertEquals(year, number.year());
        assertEquals(type, number.typeCode());
        assertEquals(issuer, number.issuerCode());
    }

    @ParameterizedTest
    @CsvSource({ "không số", "CV/TU", "abc-123", "'   '" })
    void anUnreadableNumberIsKeptAndFlagged(String text) {
        DirectiveNumber number = DirectiveNumber.parse(text);
        assertEquals(NumberStyle.UNPARSED, number.style());
        assertFalse(number.parsed());
        assertEquals(text, number.text());
        assertNull(number.sequence());
    }

    @Test
    void spellingsOfOneNumberShareAKey() {
        assertEquals(DirectiveNumber.parse("70-CV/TU").normalized(),
                DirectiveNumber.parse("Số 70 -CV/TU").normalized());
        assertEquals(DirectiveNumber.parse("01-CTr/BDVTW").normalized(),
                DirectiveNumber.parse("01-ctr/bdvtw").normalized());
    }

    @Test
    void anyPartyNumberReadsBackItsParts() {
        qt().forAll(integers().between(1, 99_999), strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 5),
                strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 9)).checkAssert((seq, type, issuer) -> {
                    DirectiveNumber n = DirectiveNumber.parse(seq + "-" + type + "/" + issuer);
                    assertEquals(NumberStyle.PARTY, n.style());
                    assertEquals(seq, n.sequence());
                    assertEquals(type, n.typeCode());
                    assertEquals(issuer, n.issuerCode());
                });
    }

    @Test
    void anyStateNumberWithYearReadsBackItsParts() {
        qt().forAll(integers().between(1, 99_999), integers().between(1945, 2099),
                strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 5)).checkAssert((seq, year, type) -> {
                    DirectiveNumber n = DirectiveNumber.parse(seq + "/" + year + "/" + type + "-UBND");
                    assertEquals(NumberStyle.STATE, n.style());
                    assertEquals(seq, n.sequence());
                    assertEquals(year, n.year());
                    assertEquals(type, n.typeCode());
                    assertEquals("UBND", n.issuerCode());
                });
    }
}
