//! Exact arithmetic for prices: amounts in whole cents (`i64`), ratios as integer
//! fractions, half-up rounding to the cent, and exact comparison of depths.

use rust_decimal::Decimal;
use std::cmp::Ordering;

/// An amount in cents.
pub type Cents = i64;

/// A non-negative ratio `num / den` with `den > 0`, kept exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ratio {
    pub num: i128,
    pub den: i128,
}

/// Greatest common divisor (at least 1).
pub fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let t = a.checked_rem(b).unwrap_or(0);
        a = b;
        b = t;
    }
    a.max(1)
}

/// Least common multiple, saturating.
pub fn lcm(a: i128, b: i128) -> i128 {
    a.checked_div(gcd(a, b))
        .unwrap_or(a)
        .saturating_mul(b)
        .saturating_abs()
        .max(1)
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };
    pub const ONE: Ratio = Ratio { num: 1, den: 1 };

    pub fn new(num: i128, den: i128) -> Ratio {
        if den == 0 {
            return Ratio::ZERO;
        }
        let sign: i128 = if den < 0 { -1 } else { 1 };
        let g = gcd(num, den);
        let (num, den) = (
            num.checked_div(g).unwrap_or(num),
            den.checked_div(g).unwrap_or(den),
        );
        Ratio {
            num: num.saturating_mul(sign),
            den: den.saturating_mul(sign),
        }
    }

    /// The exact ratio of a decimal (`0.65` → 13/20).
    pub fn from_decimal(value: Decimal) -> Ratio {
        let mantissa = value.mantissa();
        let scale = value.scale();
        let den = 10i128.checked_pow(scale).unwrap_or(i128::MAX);
        Ratio::new(mantissa, den)
    }

    /// `1 − self`.
    pub fn complement(self) -> Ratio {
        Ratio::new(self.den.saturating_sub(self.num), self.den)
    }

    /// `round_half_up(cents × self)` for non-negative `cents`; saturates instead of
    /// overflowing.
    pub fn of(self, cents: Cents) -> Cents {
        if cents <= 0 {
            return 0;
        }
        let scaled = (cents as i128)
            .saturating_mul(self.num)
            .saturating_mul(2)
            .saturating_add(self.den);
        let value = scaled.checked_div(self.den.saturating_mul(2)).unwrap_or(0);
        Cents::try_from(value).unwrap_or(Cents::MAX)
    }

    /// `ceil(cents × self)`, an upper bound of the unrounded product.
    pub fn of_ceil(self, cents: Cents) -> Cents {
        if cents <= 0 {
            return 0;
        }
        let product = (cents as i128).saturating_mul(self.num);
        let value = product
            .saturating_add(self.den.saturating_sub(1))
            .checked_div(self.den)
            .unwrap_or(0);
        Cents::try_from(value).unwrap_or(Cents::MAX)
    }

    pub fn to_decimal(self) -> Decimal {
        let num = Decimal::from_i128_with_scale(self.num, 0);
        let den = Decimal::from_i128_with_scale(self.den, 0);
        if den.is_zero() {
            Decimal::ZERO
        } else {
            num.checked_div(den).unwrap_or(Decimal::ZERO)
        }
    }

    /// The ratio rounded half-up to `dp` decimals.
    pub fn rounded(self, dp: u32) -> Decimal {
        self.to_decimal()
            .round_dp_with_strategy(dp, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Self) -> Ordering {
        match (
            self.num.checked_mul(other.den),
            other.num.checked_mul(self.den),
        ) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => compare_fractions(self.num, self.den, other.num, other.den),
        }
    }
}

/// Compares `a / b` with `c / d` (`b, d > 0`) without forming a product, by
/// comparing whole parts and then the reciprocals of the remainders (a continued
/// fraction), so fractions of any size compare exactly.
fn compare_fractions(mut a: i128, mut b: i128, mut c: i128, mut d: i128) -> Ordering {
    loop {
        if b <= 0 || d <= 0 {
            return Ordering::Equal;
        }
        let (q1, r1) = (a.div_euclid(b), a.rem_euclid(b));
        let (q2, r2) = (c.div_euclid(d), c.rem_euclid(d));
        let order = match (q1.cmp(&q2), r1 == 0, r2 == 0) {
            (Ordering::Equal, true, true) => Ordering::Equal,
            (Ordering::Equal, true, false) => Ordering::Less,
            (Ordering::Equal, false, true) => Ordering::Greater,
            (Ordering::Equal, false, false) => {
                // r1/b < r2/d exactly when d/r2 < b/r1.
                (a, b, c, d) = (d, r2, b, r1);
                continue;
            }
            (order, _, _) => order,
        };
        return order;
    }
}

/// Money (a decimal amount) in cents, if it is a whole number of cents.
pub fn to_cents(amount: Decimal) -> Option<Cents> {
    use rust_decimal::prelude::ToPrimitive;
    let cents = amount.checked_mul(Decimal::from(100))?;
    if cents.fract().is_zero() {
        cents.to_i64()
    } else {
        None
    }
}

/// Cents as a decimal amount (`92308` → `923.08`).
pub fn from_cents(cents: Cents) -> Decimal {
    Decimal::new(cents, 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn half_up_rounding_to_the_cent() {
        let pay = Ratio::from_decimal(d("0.65"));
        assert_eq!(pay, Ratio::new(13, 20));
        // 769.23 × 0.65 = 499.9995 → 500.00
        assert_eq!(pay.of(76923), 50000);
        // 923.08 × 0.65 = 600.002 → 600.00
        assert_eq!(pay.of(92308), 60000);
        // 0.5 of a cent rounds up.
        assert_eq!(Ratio::new(1, 2).of(3), 2);
        assert_eq!(Ratio::new(1, 2).of(0), 0);
        assert_eq!(Ratio::new(1, 3).of_ceil(10), 4);
    }

    #[test]
    fn ratios_compare_exactly() {
        assert!(Ratio::new(62308, 92308) > Ratio::new(51923, 76923));
        assert_eq!(Ratio::new(2, 4), Ratio::new(1, 2));
        assert_eq!(Ratio::new(27, 40).rounded(4), d("0.675"));
    }

    #[test]
    fn ratios_of_28_digit_decimals_compare_without_overflow() {
        // Their cross products leave the range of i128.
        let third = Ratio::from_decimal(d("0.3333333333333333333333333333"));
        let more = Ratio::from_decimal(d("0.3333333333333333333333333334"));
        assert!(third < more);
        assert!(more > third);
        assert_eq!(third.cmp(&third), std::cmp::Ordering::Equal);
        let big = Ratio::new(i128::MAX - 1, i128::MAX);
        let bigger = Ratio::new(i128::MAX - 2, i128::MAX - 1);
        assert_eq!(big.cmp(&bigger), std::cmp::Ordering::Greater);
        assert!(Ratio::new(7, 3) > Ratio::new(i128::MAX / 2, i128::MAX));
    }

    #[test]
    fn cents() {
        assert_eq!(to_cents(d("923.08")), Some(92308));
        assert_eq!(to_cents(d("150000000")), Some(15_000_000_000));
        assert_eq!(to_cents(d("0.005")), None);
        assert_eq!(from_cents(92308).to_string(), "923.08");
    }
}
