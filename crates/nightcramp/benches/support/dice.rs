//! A small deterministic random source (PCG-style steps) for the generated exports: the
//! same export every run, so a test's truth and a benchmark's figures are repeatable.

pub struct Dice(pub u64);

impl Dice {
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }
}
