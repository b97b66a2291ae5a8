package dev.errorcatalog.internal;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.NumberFormat;
import java.math.BigDecimal;
import java.math.BigInteger;

/** The number formatter of ICU's {@code MessageFormat} for a locale, as an immutable formatter. */
public final class NumberFormatter {
    /** More integer digits than a double's 309 and few enough to print; ICU would print all of them. */
    private static final int MAX_INTEGER_DIGITS = 1000;

    /** Counts below this are formatted once and cached: most counts in messages are small. */
    static final int SMALL = 256;

    private final LocalizedNumberFormatter formatter;
    private final String[] small = new String[SMALL];

    NumberFormatter(NumberFormat stock) {
        this.formatter = ((DecimalFormat) stock).toNumberFormatter();
    }

    FormattedNumber format(Number number) {
        return formatter.format(normalize(number));
    }

    FormattedNumber format(double number) {
        return formatter.format(number);
    }

    void appendTo(Object number, StringBuilder out) {
        int count = smallCount((Number) number);
        out.append(count >= 0 ? text(count) : format((Number) number).toString());
    }

    /** {@code count}, from 0 to {@value #SMALL} (exclusive), as ICU formats it; cached on first use. */
    String text(int count) {
        String text = small[count]; // a racy read is safe: strings are immutable
        if (text == null) {
            text = formatter.format(count).toString();
            small[count] = text;
        }
        return text;
    }

    /** The value if it is a boxed integer from 0 to {@value #SMALL} (exclusive), else -1. */
    static int smallCount(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            long value = number.longValue();
            if (value >= 0 && value < SMALL) {
                return (int) value;
            }
        }
        return -1;
    }

    /** Whether formatting {@code number} and its double value give the same decimal. */
    boolean exactAsDouble(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return true;
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            long value = number.longValue();
            return Math.abs(value) <= (1L << 53);
        }
        return false;
    }

    /**
     * Whether a value is a number with more than {@value #MAX_INTEGER_DIGITS} integer digits: ICU would write
     * out every digit, and {@code new BigDecimal("1e999999999")} has a billion. Such values print as text.
     */
    static boolean isHuge(Object value) {
        if (value instanceof com.ibm.icu.math.BigDecimal) {
            value = new BigDecimal(value.toString()); // toBigDecimal() writes out every digit
        }
        if (value instanceof BigDecimal) {
            BigDecimal decimal = (BigDecimal) value;
            return (long) decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS;
        }
        return value instanceof BigInteger && ((BigInteger) value).bitLength() > MAX_INTEGER_DIGITS * 3.33;
    }

    /** The value as DecimalFormat.format(Object) takes it: big and long values exactly, others as double. */
    private static Number normalize(Number number) {
        if (number instanceof Long || number instanceof BigInteger || number instanceof BigDecimal
                || number instanceof com.ibm.icu.math.BigDecimal || number instanceof Double) {
            return number;
        }
        return number.doubleValue();
    }
}
