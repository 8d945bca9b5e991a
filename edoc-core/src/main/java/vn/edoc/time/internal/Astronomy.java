package vn.edoc.time.internal;

/**
 * The little astronomy (thiên văn) that the lunisolar calendar needs: the instants of new moons
 * (sóc) and the apparent longitude of the sun, from which the major solar terms (trung khí) follow.
 * Not API: {@code vn.edoc.time.LunarCalendar} is the public face of these computations.
 *
 * <p>Sources (facts only; the code is written from the formulas):
 * <ul>
 *   <li>Jean Meeus, <i>Astronomical Algorithms</i>, 2nd ed., Willmann-Bell 1998:
 *     ch. 7 (Julian day), ch. 22 (nutation, the abbreviated expression for Δψ, accurate to 0.5″),
 *     ch. 25 (solar coordinates, "higher accuracy": the truncated VSOP87 series of Appendix III — from
 *     P. Bretagnon and G. Francou, VSOP87, Astron. Astrophys. 202 (1988) — for the Earth's heliocentric
 *     longitude L and radius vector R, the conversion to the FK5 system, nutation
 *     and aberration), ch. 49 (phases of the moon: mean phase, the 25 periodic terms of a new moon and
 *     the 14 planetary arguments A1…A14).</li>
 *   <li>ΔT = TT − UT: the polynomial expressions of F. Espenak and J. Meeus, NASA "Polynomial
 *     expressions for Delta T" (Five Millennium Canon of Solar Eclipses, 2006), pieces 1860–1900,
 *     1900–1920, 1920–1941, 1941–1961, 1961–1986, 1986–2005, 2005–2050 and 2050–2150.</li>
 * </ul>
 *
 * <p>Accuracy. Meeus gives the ch. 49 new-moon instants a mean error of a few seconds against the
 * ELP-2000/82 theory; the truncated VSOP87 series give the solar longitude to about 1″ (about
 * 25 s of time). Checked in {@code LunarCalendarAstronomyTest} against published times (U.S. Naval
 * Observatory / NASA, given to the minute):
 * <table>
 *   <caption>computed instants, UTC</caption>
 *   <tr><th>event</th><th>published</th><th>computed</th></tr>
 *   <tr><td>new moon</td><td>2000-01-06 18:14</td><td>18:13:42</td></tr>
 *   <tr><td>new moon</td><td>2017-08-21 18:30</td><td>18:30:10</td></tr>
 *   <tr><td>new moon</td><td>2023-01-21 20:53</td><td>20:53:10</td></tr>
 *   <tr><td>new moon</td><td>2024-02-09 22:59</td><td>22:59:02</td></tr>
 *   <tr><td>new moon</td><td>2025-01-29 12:36</td><td>12:35:54</td></tr>
 *   <tr><td>new moon</td><td>2030-02-02 16:07</td><td>16:07:28</td></tr>
 *   <tr><td>December solstice</td><td>2020-12-21 10:02</td><td>10:02:20</td></tr>
 *   <tr><td>December solstice</td><td>2022-12-21 21:48</td><td>21:48:04</td></tr>
 *   <tr><td>December solstice</td><td>2024-12-21 09:20</td><td>09:20:24</td></tr>
 *   <tr><td>December solstice</td><td>2025-12-21 15:03</td><td>15:02:53</td></tr>
 * </table>
 * Every one agrees with the published minute (within 30 s), and Meeus's worked example 49.a (new moon
 * of 1977 February, JDE 2443192.65118) is reproduced within 0.1 s. The dominant uncertainty lies in
 * ΔT: the 2005–2050 polynomial already gives 71.6 s for 2020 against an observed 69.4 s, and the
 * 2050–2150 extrapolation may be wrong by a minute or more by 2100. That matters only for a new moon or
 * a major term within that margin of a local midnight (the calendar tests list the few such cases).
 */
public final class Astronomy {

    /** Julian day of 1970-01-01T00:00Z, the start of epoch day 0. */
    public static final double JD_UNIX_EPOCH = 2440587.5;

    /** Julian day of the J2000.0 epoch. */
    private static final double J2000 = 2451545.0;

    private static final double DEG = Math.PI / 180.0;

    private Astronomy() {
    }

    // ---------------------------------------------------------------- time scales

    /** The Julian day (UT) of the start (00:00 UT) of {@code epochDay} (days since 1970-01-01). */
    public static double julianDayOfEpochDay(long epochDay) {
        return JD_UNIX_EPOCH + epochDay;
    }

    /** The decimal year of a Julian day, precise enough for ΔT. */
    static double decimalYear(double jd) {
        return 2000.0 + (jd - J2000) / 365.2425;
    }

    /**
     * ΔT = TT − UT in seconds for a decimal year, by the Espenak–Meeus polynomials (NASA). Valid for
     * 1860–2150; outside that interval the nearest piece is extrapolated, which the calendar never needs.
     */
    public static double deltaTSeconds(double year) {
        double t;
        if (year < 1900) {
            t = year - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t
                    - 0.0004473624 * Math.pow(t, 4) + Math.pow(t, 5) / 233174;
        }
        if (year < 1920) {
            t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.pow(t, 4);
        }
        if (year < 1941) {
            t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year < 1961) {
            t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year < 1986) {
            t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year < 2005) {
            t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (year < 2050) {
            t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    /** Converts a Julian day in Universal Time to Terrestrial (dynamical) Time. */
    public static double utToTt(double jdUt) {
        return jdUt + deltaTSeconds(decimalYear(jdUt)) / 86400.0;
    }

    /** Converts a Julian ephemeris day (TT) to Universal Time. */
    public static double ttToUt(double jde) {
        // ΔT changes by well under a second per year: one evaluation at the TT instant is exact enough
        return jde - deltaTSeconds(decimalYear(jde)) / 86400.0;
    }

    // ---------------------------------------------------------------- the moon (Meeus ch. 49)

    /**
     * The lunation number of the first new moon at or after about the given decimal year
     * (k = 0 is the new moon of 2000-01-06), Meeus (49.2).
     */
    public static int lunationNear(double decimalYear) {
        return (int) Math.floor((decimalYear - 2000.0) * 12.3685);
    }

    /** The instant (Julian ephemeris day, TT) of new moon number {@code k}, Meeus ch. 49. */
    public static double newMoonJde(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double c = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        double[] planetary = {
            299.77 + 0.107408 * k - 0.009173 * t2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
            349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
            154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
            161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k,
        };
        double[] amplitude = {
            325, 165, 164, 126, 110, 62, 60, 56, 47, 42, 40, 37, 35, 23,
        };
        double a = 0;
        for (int i = 0; i < planetary.length; i++) {
            a += amplitude[i] * Math.sin(rad(planetary[i]));
        }
        return jde + c + a * 1e-6;
    }

    /** The instant (Julian day, UT) of new moon number {@code k}. */
    public static double newMoonJdUt(int k) {
        return ttToUt(newMoonJde(k));
    }

    // ---------------------------------------------------------------- the sun (Meeus ch. 25, 22)

    // Truncated VSOP87 series of the Earth (Meeus, Appendix III): {A, B, C} for A·cos(B + C·τ), in 1e-8 units.
    private static final double[][] L0 = {
        {175347046, 0, 0}, {3341656, 4.6692568, 6283.0758500}, {34894, 4.62610, 12566.15170},
        {3497, 2.7441, 5753.3849}, {3418, 2.8289, 3.5231}, {3136, 3.6277, 77713.7715},
        {2676, 4.4181, 7860.4194}, {2343, 6.1352, 3930.2097}, {1324, 0.7425, 11506.7698},
        {1273, 2.0371, 529.6910}, {1199, 1.1096, 1577.3435}, {990, 5.233, 5884.927},
        {902, 2.045, 26.298}, {857, 3.508, 398.149}, {780, 1.179, 5223.694}, {753, 2.533, 5507.553},
        {505, 4.583, 18849.228}, {492, 4.205, 775.523}, {357, 2.920, 0.067}, {317, 5.849, 11790.629},
        {284, 1.899, 796.298}, {271, 0.315, 10977.079}, {243, 0.345, 5486.778}, {206, 4.806, 2544.314},
        {205, 1.869, 5573.143}, {202, 2.458, 6069.777}, {156, 0.833, 213.299}, {132, 3.411, 2942.463},
        {126, 1.083, 20.775}, {115, 0.645, 0.980}, {103, 0.636, 4694.003}, {102, 0.976, 15720.839},
        {102, 4.267, 7.114}, {99, 6.21, 2146.17}, {98, 0.68, 155.42}, {86, 5.98, 161000.69},
        {85, 1.30, 6275.96}, {85, 3.67, 71430.70}, {80, 1.81, 17260.15}, {79, 3.04, 12036.46},
        {75, 1.76, 5088.63}, {74, 3.50, 3154.69}, {74, 4.68, 801.82}, {70, 0.83, 9437.76},
        {62, 3.98, 8827.39}, {61, 1.82, 7084.90}, {57, 2.78, 6286.60}, {56, 4.39, 14143.50},
        {56, 3.47, 6279.55}, {52, 0.19, 12139.55}, {52, 1.33, 1748.02}, {51, 0.28, 5856.48},
        {49, 0.49, 1194.45}, {41, 5.37, 8429.24}, {41, 2.40, 19651.05}, {39, 6.17, 10447.39},
        {37, 6.04, 10213.29}, {37, 2.57, 1059.38}, {36, 1.71, 2352.87}, {36, 1.78, 6812.77},
        {33, 0.59, 17789.85}, {30, 0.44, 83996.85}, {30, 2.74, 1349.87}, {25, 3.16, 4690.48},
    };
    private static final double[][] L1 = {
        {628331966747.0, 0, 0}, {206059, 2.678235, 6283.075850}, {4303, 2.6351, 12566.1517},
        {425, 1.590, 3.523}, {119, 5.796, 26.298}, {109, 2.966, 1577.344}, {93, 2.59, 18849.23},
        {72, 1.14, 529.69}, {68, 1.87, 398.15}, {67, 4.41, 5507.55}, {59, 2.89, 5223.69},
        {56, 2.17, 155.42}, {45, 0.40, 796.30}, {36, 0.47, 775.52}, {29, 2.65, 7.11}, {21, 5.34, 0.98},
        {19, 1.85, 5486.78}, {19, 4.97, 213.30}, {17, 2.99, 6275.96}, {16, 0.03, 2544.31},
        {16, 1.43, 2146.17}, {15, 1.21, 10977.08}, {12, 2.83, 1748.02}, {12, 3.26, 5088.63},
        {12, 5.27, 1194.45}, {12, 2.08, 4694.00}, {11, 0.77, 553.57}, {10, 1.30, 6286.60},
        {10, 4.24, 1349.87}, {9, 2.70, 242.73}, {9, 5.64, 951.72}, {8, 5.30, 2352.87},
        {6, 2.65, 9437.76}, {6, 4.67, 4690.48},
    };
    private static final double[][] L2 = {
        {52919, 0, 0}, {8720, 1.0721, 6283.0758}, {309, 0.867, 12566.152}, {27, 0.05, 3.52},
        {16, 5.19, 26.30}, {16, 3.68, 155.42}, {10, 0.76, 18849.23}, {9, 2.06, 77713.77},
        {7, 0.83, 775.52}, {5, 4.66, 1577.34}, {4, 1.03, 7.11}, {4, 3.44, 5573.14}, {3, 5.14, 796.30},
        {3, 6.05, 5507.55}, {3, 1.19, 242.73}, {3, 6.12, 529.69}, {3, 0.31, 398.15}, {3, 2.28, 553.57},
        {2, 4.38, 5223.69}, {2, 3.75, 0.98},
    };
    private static final double[][] L3 = {
        {289, 5.844, 6283.076}, {35, 0, 0}, {17, 5.49, 12566.15}, {3, 5.20, 155.42}, {1, 4.72, 3.52},
        {1, 5.30, 18849.23}, {1, 5.97, 242.73},
    };
    private static final double[][] L4 = {
        {114, 3.142, 0}, {8, 4.13, 6283.08}, {1, 3.84, 12566.15},
    };
    private static final double[][] L5 = {
        {1, 3.14, 0},
    };
    private static final double[][] R0 = {
        {100013989, 0, 0}, {1670700, 3.0984635, 6283.0758500}, {13956, 3.05525, 12566.15170},
        {3084, 5.1985, 77713.7715}, {1628, 1.1739, 5753.3849}, {1576, 2.8469, 7860.4194},
        {925, 5.453, 11506.770}, {542, 4.564, 3930.210}, {472, 3.661, 5884.927}, {346, 0.964, 5507.553},
        {329, 5.900, 5223.694}, {307, 0.299, 5573.143}, {243, 4.273, 11790.629}, {212, 5.847, 1577.344},
        {186, 5.022, 10977.079}, {175, 3.012, 18849.228}, {110, 5.055, 5486.778}, {98, 0.89, 6069.78},
        {86, 5.69, 15720.84}, {86, 1.27, 161000.69}, {65, 0.27, 17260.15}, {63, 0.92, 529.69},
        {57, 2.01, 83996.85}, {56, 5.24, 71430.70}, {49, 3.25, 2544.31}, {47, 2.58, 775.52},
        {45, 5.54, 9437.76}, {43, 6.01, 6275.96}, {39, 5.36, 4694.00}, {38, 2.39, 8827.39},
        {37, 0.83, 19651.05}, {37, 4.90, 12139.55}, {36, 1.67, 12036.46}, {35, 1.84, 2942.46},
        {33, 0.24, 7084.90}, {32, 0.18, 5088.63}, {32, 1.78, 398.15}, {28, 1.21, 6286.60},
        {28, 1.90, 6279.55}, {26, 4.59, 10447.39},
    };
    private static final double[][] R1 = {
        {103019, 1.107490, 6283.075850}, {1721, 1.0644, 12566.1517}, {702, 3.142, 0},
        {32, 1.02, 18849.23}, {31, 2.84, 5507.55}, {25, 1.32, 5223.69}, {18, 1.42, 1577.34},
        {10, 5.91, 10977.08}, {9, 1.42, 6275.96}, {9, 0.27, 5486.78},
    };
    private static final double[][] R2 = {
        {4359, 5.7846, 6283.0758}, {124, 5.579, 12566.152}, {12, 3.14, 0}, {9, 3.63, 77713.77},
        {6, 1.87, 5573.14}, {3, 5.47, 18849.23},
    };
    private static final double[][] R3 = {
        {145, 4.273, 6283.076}, {7, 3.92, 12566.15},
    };
    private static final double[][] R4 = {
        {4, 2.56, 6283.08},
    };

    private static double series(double[][] terms, double tau) {
        double sum = 0;
        for (double[] term : terms) {
            sum += term[0] * Math.cos(term[1] + term[2] * tau);
        }
        return sum;
    }

    /**
     * The apparent geocentric longitude of the sun in degrees, [0, 360), at the Julian ephemeris day
     * {@code jde} (TT): VSOP87 (truncated) heliocentric longitude of the Earth plus 180°, the FK5
     * correction (−0.09033″), nutation in longitude and aberration (−20.4898″ / R), Meeus (25.9)–(25.10).
     */
    public static double sunApparentLongitude(double jde) {
        double tau = (jde - J2000) / 365250.0;
        double l = (series(L0, tau) + tau * (series(L1, tau) + tau * (series(L2, tau) + tau * (series(L3, tau)
                + tau * (series(L4, tau) + tau * series(L5, tau)))))) / 1e8;
        double r = (series(R0, tau) + tau * (series(R1, tau) + tau * (series(R2, tau) + tau * (series(R3, tau)
                + tau * series(R4, tau))))) / 1e8;
        double theta = Math.toDegrees(l) + 180.0;
        double t = tau * 10.0;
        double arcsec = -0.09033 + nutationInLongitudeArcsec(t) - 20.4898 / r;
        return normalize(theta + arcsec / 3600.0);
    }

    /** The apparent longitude of the sun in degrees, [0, 360), at the Julian day {@code jdUt} (UT). */
    public static double sunApparentLongitudeUt(double jdUt) {
        return sunApparentLongitude(utToTt(jdUt));
    }

    /** Nutation in longitude Δψ in arcseconds, the abbreviated expression of Meeus ch. 22 (0.5″). */
    static double nutationInLongitudeArcsec(double t) {
        double omega = rad(125.04452 - 1934.136261 * t + 0.0020708 * t * t + t * t * t / 450000);
        double lSun = rad(280.4665 + 36000.7698 * t);
        double lMoon = rad(218.3165 + 481267.8813 * t);
        return -17.20 * Math.sin(omega) - 1.32 * Math.sin(2 * lSun) - 0.23 * Math.sin(2 * lMoon)
                + 0.21 * Math.sin(2 * omega);
    }

    /**
     * The instant (Julian day, UT) when the sun's apparent longitude reaches {@code degrees}, searched
     * from {@code jdUtGuess} (which must lie within a few weeks of the answer), to about 0.1 s.
     */
    public static double sunReachesLongitudeUt(double degrees, double jdUtGuess) {
        double jd = jdUtGuess;
        for (int i = 0; i < 30; i++) {
            double diff = normalize(degrees - sunApparentLongitudeUt(jd) + 180.0) - 180.0;
            // the sun moves about 0.9856° a day; Newton-like steps converge in a handful of rounds
            double step = diff / 0.98564736;
            jd += step;
            if (Math.abs(step) < 1e-6) {
                break;
            }
        }
        return jd;
    }

    private static double rad(double degrees) {
        return (degrees % 360.0) * DEG;
    }

    private static double normalize(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
