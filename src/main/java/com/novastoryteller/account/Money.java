package com.novastoryteller.account;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** US dollars as the API shows them, and as the spend is counted: in millionths. */
public final class Money {

    private Money() {
    }

    static long micros(BigDecimal usd) {
        return usd.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static BigDecimal usd(long micros) {
        return BigDecimal.valueOf(micros, 6);
    }

    /** As a page shows it: "$1.00", "$0.25", "$0.000171". */
    public static String shown(BigDecimal usd) {
        BigDecimal plain = usd.stripTrailingZeros();
        return "$" + (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }
}
