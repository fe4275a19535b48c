using System.Globalization;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using Xunit.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BackCare.Bot.Tests.Triage;

/// <summary>
/// The labelled red-flag batches in Triage/Corpus (the outside evaluation's format, each written
/// independently of the rules by a different set of personas; see docs/red-flag-understanding.md).
/// Prints, per batch: recall per urgency, tricky negatives given emergency advice or any confirming
/// question, and normal soreness escalated above assess. The tuning batches must meet the targets; the
/// held-out batches (never tuned on) must not fall below the figures recorded in the docs.
/// </summary>
public sealed class RedFlagCorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// Batches the rules were developed against. The targets (100% recall, no negative given 999, at most 10%
    /// asked, 90% of normal soreness kept at or below assess) are not yet met on them; the floors are the
    /// figures reached so far (docs/red-flag-understanding.md), so any change that loses ground fails.
    /// </summary>
    public static readonly Dictionary<string, Floor> TuningBatches = new()
    {
        ["red_flags_b1.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b2.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.98),
        ["red_flags_legacy.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b6.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b7.yaml"] = new Floor(0.97, 1.0, 0.0, 0.0, 1.0),
        // Held out until 2026-11-29 (figures then: E 0.86, U 0.80 and E 0.82, U 0.88); tuned on since.
        ["red_flags_heldout.yaml"] = new Floor(1.0, 0.96, 0.0, 0.03, 0.97),
        ["red_flags_fresh.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // Written 2026-11-29 and first measured after the first round of tuning that day
        // (E 0.96, U 0.89 and E 0.84, U 0.87; negatives given 999 4/40 and 8/40); tuned on since.
        ["red_flags_b8.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b9.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // Held out on 2026-11-29/30 (before tuning: E 80/90, U 82/90, 3/80 given 999); ho3 was the fresh batch
        // (E 39/45, U 41/45). Tuned on since 2026-11-30 (round 3).
        ["red_flags_ho2a.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho2b.yaml"] = new Floor(1.0, 1.0, 0.0, 0.03, 1.0),
        ["red_flags_ho3.yaml"] = new Floor(1.0, 1.0, 0.0, 0.03, 1.0),
        // Written 2026-11-30 and first measured before round 3 (E 79/90, U 79/90, 4/80 given 999); tuned on since.
        ["red_flags_b10.yaml"] = new Floor(1.0, 1.0, 0.03, 0.0, 1.0),
        ["red_flags_b11.yaml"] = new Floor(1.0, 1.0, 0.0, 0.03, 1.0),
        // Held out for round 3 (before: E 83/90, U 77/90, 7/80 given 999; after: E 85/90, U 85/90, 7/80); tuned on since.
        ["red_flags_ho4a.yaml"] = new Floor(1.0, 0.97, 0.0, 0.03, 0.96),
        ["red_flags_ho4b.yaml"] = new Floor(1.0, 1.0, 0.0, 0.03, 1.0),
        // Written 2026-11-30, first measured before round 4 (E 72/80, U 72/80, 6/110 given 999); tuned on since.
        ["red_flags_b12.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b13.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        // Held out for round 4 (before: E 58/60, U 56/60, 4/55 given 999; after: E 57/60, U 56/60, 2/55); tuned on since.
        ["red_flags_ho5.yaml"] = new Floor(1.0, 1.0, 0.02, 0.02, 1.0),
        // Written 2026-11-30, first measured before round 6 (E 108/120, U 111/120, 4/140 given 999); tuned on since.
        ["red_flags_b14.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b15.yaml"] = new Floor(1.0, 1.0, 0.0, 0.03, 0.96),
        ["red_flags_b16.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        // Written 2026-11-30, first measured before round 7 (E 82/90, U 77/90, 3/80 given 999); tuned on since.
        ["red_flags_b17.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b18.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // Held out for rounds 5-7 (ho6: before E 57/60, U 50/60, 3/55 given 999; after E 57/60, U 51/60, 3/55) and the
        // fresh batch of round 7 (ho7: E 56/60, U 54/60, 2/55). Their failures were seen afterwards; tuned on in round 8.
        ["red_flags_ho6.yaml"] = new Floor(1.0, 1.0, 0.02, 0.0, 0.97),
        ["red_flags_ho7.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // The fresh batch of round 8 (ho8: E 57/60, U 56/60, 4/55 given 999, 2/55 asked), tuned on in round 9, and b19,
        // first measured during round 9 (E 41/45, U 44/45, 2/40 given 999).
        ["red_flags_ho8.yaml"] = new Floor(1.0, 0.98, 0.0, 0.02, 0.97),
        ["red_flags_b19.yaml"] = new Floor(1.0, 1.0, 0.0, 0.03, 0.96),
        // The fresh batch of round 9 (ho9: E 58/60, U 57/60, 2/55 given 999, 4/55 asked), tuned on in round 10.
        ["red_flags_ho9.yaml"] = new Floor(1.0, 1.0, 0.02, 0.02, 1.0),
        // The fresh batch of round 10 (ho10: E 56/60, U 55/60, 3/55 given 999, 3/55 asked), tuned on in round 11, and
        // b20 and b21, first measured at the start of round 11 (b20: E 42/45, U 42/45, 1/40 given 999; b21: E 41/45,
        // U 43/45, 1/40 given 999).
        ["red_flags_ho10.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b20.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b21.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // Held out for round 11 (ho11: before E 52/60, U 55/60, 3/55 given 999, 1/55 asked; after round 11 E 52/60,
        // U 54/60), then its failures were looked at and it was tuned on in round 12.
        ["red_flags_ho11.yaml"] = new Floor(1.0, 0.98, 0.02, 0.04, 0.97),
        // b22, b23 and b24, first measured in round 13 (E 41/45, 41/45, 44/45; U 43/45, 43/45, 45/45; given 999 1/40,
        // 2/40, 3/40).
        ["red_flags_b22.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b23.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_b24.yaml"] = new Floor(1.0, 1.0, 0.03, 0.0, 1.0),
        // The fresh batch of round 12 (ho12: E 57/60, U 53/60, 2/55 given 999), held out through round 13 (unchanged),
        // then tuned on in round 14.
        ["red_flags_ho12.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // b25 and b26, first measured in round 15 (b25: E 42/45, U 45/45, 1/40 given 999; b26: E 45/45, U 42/45, 1/40).
        ["red_flags_b25.yaml"] = new Floor(1.0, 1.0, 0.0, 0.03, 0.96),
        ["red_flags_b26.yaml"] = new Floor(1.0, 1.0, 0.03, 0.0, 0.92),
        // Held out for round 15 (ho13: E 59/60, U 59/60, 2/55 given 999, before and after) and the fresh batch of round
        // 15 (ho14: E 60/60, U 59/60, 2/55 given 999, measured once); both tuned on in round 16.
        ["red_flags_ho13.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho14.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        // The fresh batches of round 16 (ho15: E 58/60, U 55/60, 1/55 given 999; ho16: E 57/60, U 59/60, 3/55), measured
        // once, then tuned on in round 17.
        ["red_flags_ho15.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho16.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 1.0),
        // The fresh batches of round 17 (ho17: E 57/60, U 59/60, 1/55 given 999; ho18: E 56/60, U 60/60, 0/55), measured
        // once, then tuned on in round 18.
        ["red_flags_ho17.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho18.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.94),
        // The fresh batches of round 18 (ho19: E 57/60, U 56/60, 1/55 given 999; ho20: E 60/60, U 59/60, 4/55), measured
        // once, then tuned on in round 19.
        ["red_flags_ho19.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        ["red_flags_ho20.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        // Held out for round 19, measured before any tuning and after round 19 (both times ho21 E 56/60, U 57/60, 2/55
        // given 999; ho22 E 50/60, U 46/60, 0/55), then tuned on in round 20. A third of ho22 is written wholly in
        // Swedish, Portuguese, Serbian or Bengali, which the English concepts do not read (docs/red-flag-understanding.md).
        ["red_flags_ho21.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho22.yaml"] = new Floor(0.85, 0.86, 0.0, 0.04, 0.97),
        // Written at the start of round 19, held out for round 20 and measured once after it (ho23 E 57/60, U 59/60,
        // 1/55 given 999; ho24 E 58/60, U 55/60, 1/55), then tuned on in round 21.
        ["red_flags_ho23.yaml"] = new Floor(1.0, 1.0, 0.02, 0.0, 1.0),
        ["red_flags_ho24.yaml"] = new Floor(1.0, 0.98, 0.0, 0.02, 1.0),
        // The fresh batches of round 21 (ho25: E 56/60, U 56/60, 0/55 given 999; ho26: E 57/60, U 56/60, 2/55), sealed and
        // measured after round 21, then tuned on in round 22.
        ["red_flags_ho25.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho26.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        // Held out for round 22 (ho27: E 58/60, U 59/60, 0/55 given 999; ho28: E 60/60, U 59/60, 4/55; the same before and
        // after the round), then tuned on in round 23.
        ["red_flags_ho27.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 1.0),
        ["red_flags_ho28.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.97),
        // The fresh batches of round 23 (ho29: E 59/60, U 57/60, 4/55 given 999; ho30: E 58/60, U 58/60, 1/55), sealed and
        // measured after round 23, then tuned on in round 24.
        ["red_flags_ho29.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho30.yaml"] = new Floor(0.98, 1.0, 0.02, 0.02, 1.0),
        // Held out for round 24 (ho31: E 54/60, U 58/60, 0/55 given 999 before; E 57/60, U 58/60 after; ho32: E 55/60,
        // U 58/60, 2/55 before; E 56/60, U 58/60 after), then tuned on in round 25.
        ["red_flags_ho31.yaml"] = new Floor(1.0, 0.98, 0.0, 0.04, 0.97),
        ["red_flags_ho32.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // Held out for round 25 (ho33: E 58/60, U 56/60, 2/55 given 999; ho34: E 56/60, U 56/60 before, 55/60 after, 0/55),
        // then tuned on in round 26.
        ["red_flags_ho33.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 1.0),
        ["red_flags_ho34.yaml"] = new Floor(1.0, 0.98, 0.0, 0.02, 0.97),
        // The fresh batches of round 26 (ho35: E 59/60, U 58/60, 0/55 given 999; ho36: E 58/60, U 59/60, 2/55), sealed and
        // measured once after round 26, then tuned on in round 27.
        ["red_flags_ho35.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho36.yaml"] = new Floor(1.0, 1.0, 0.02, 0.0, 0.97),
        // The fresh batches of round 27 (ho37: E 56/60, U 59/60, 3/55 given 999; ho38: E 58/60, U 55/60, 4/55), sealed and
        // measured once after round 27, then tuned on in round 28.
        ["red_flags_ho37.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho38.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.97),
        // The final fresh batches of stop 7 (ho39: E 58/60, U 57/60, 2/55 given 999; ho40: E 58/60, U 54/60, 0/55), sealed
        // and measured once after round 28, then tuned on in round 29.
        ["red_flags_ho39.yaml"] = new Floor(1.0, 0.98, 0.02, 0.08, 0.94),
        ["red_flags_ho40.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        // Held out for round 29 (ho41: E 60/60, U 59/60, 1/55 given 999; ho42: E 58/60, U 59/60, 2/55; the same before and
        // after the round), then tuned on in round 30.
        ["red_flags_ho41.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho42.yaml"] = new Floor(1.0, 1.0, 0.04, 0.08, 0.88),
        // Held out for rounds 29 and 30 (ho43: E 58/60, U 58/60 before any tuning, U 59/60 after; ho44: E 56/60, U 56/60,
        // 2/55 given 999), then tuned on in round 31.
        ["red_flags_ho43.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho44.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        // The final fresh batches of round 31 (ho45: E 57/60, U 56/60, 0/55 given 999; ho46: E 58/60, U 57/60, 3/55) and the
        // fresh batches of the second opinion's new consultation (ho47: E 58/60, U 55/60 before it, 60/60 and 58/60 after,
        // 1/55; ho48: E 56/60, U 58/60 before, 58/60 and 59/60 after, 1/55), then tuned on in round 32.
        ["red_flags_ho45.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho46.yaml"] = new Floor(0.98, 0.98, 0.02, 0.1, 1.0),
        ["red_flags_ho47.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 1.0),
        ["red_flags_ho48.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.97),
        // The final fresh batches of stop 8 (ho49-ho54, totals recorded in docs/red-flag-understanding.md) and the batch pair
        // written at its end (ho55 E 60/60, U 59/60, 2/55 given 999; ho56 E 59/60, U 60/60, 1/55, both measured before any
        // tuning of stop 9), tuned on in round 33.
        ["red_flags_ho49.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho50.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        ["red_flags_ho51.yaml"] = new Floor(1.0, 1.0, 0.02, 0.02, 0.97),
        ["red_flags_ho52.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho53.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        ["red_flags_ho54.yaml"] = new Floor(1.0, 0.98, 0.0, 0.04, 0.91),
        ["red_flags_ho55.yaml"] = new Floor(1.0, 0.98, 0.0, 0.02, 1.0),
        ["red_flags_ho56.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        // Written during stop 9, each measured once before it was tuned on (figures in docs/red-flag-understanding.md):
        // ho61-ho64 in round 34, ho65-ho68 in round 36, ho69-ho72 in round 37, ho73-ho76 in round 38, ho77-ho80 in round 39.
        ["red_flags_ho61.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho62.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 1.0),
        ["red_flags_ho63.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        ["red_flags_ho64.yaml"] = new Floor(1.0, 1.0, 0.04, 0.02, 0.97),
        ["red_flags_ho65.yaml"] = new Floor(0.98, 1.0, 0.0, 0.04, 0.97),
        ["red_flags_ho66.yaml"] = new Floor(1.0, 1.0, 0.02, 0.04, 1.0),
        ["red_flags_ho67.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        ["red_flags_ho68.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.94),
        ["red_flags_ho69.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho70.yaml"] = new Floor(1.0, 0.98, 0.02, 0.0, 0.97),
        ["red_flags_ho71.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho72.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho73.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.97),
        ["red_flags_ho74.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho75.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 1.0),
        ["red_flags_ho76.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho77.yaml"] = new Floor(1.0, 0.98, 0.02, 0.04, 0.97),
        ["red_flags_ho78.yaml"] = new Floor(1.0, 0.98, 0.04, 0.0, 0.94),
        ["red_flags_ho79.yaml"] = new Floor(1.0, 1.0, 0.02, 0.0, 1.0),
        ["red_flags_ho80.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // The first final fresh batches of stop 9, sealed through rounds 33-39 and measured once (ho57 E 60/60, U 60/60, 1/55
        // given 999, 7/55 asked, 31/35 normal kept; ho58 E 58/60, U 59/60, 3/55, 1/55, 33/35; ho59 E 60/60, U 59/60, 3/55,
        // 2/55, 33/35; ho60 E 58/60, U 57/60, 1/55, 0/55, 35/35), then tuned on in round 40.
        ["red_flags_ho57.yaml"] = new Floor(1.0, 1.0, 0.0, 0.13, 0.91),
        ["red_flags_ho58.yaml"] = new Floor(1.0, 1.0, 0.04, 0.0, 0.97),
        ["red_flags_ho59.yaml"] = new Floor(1.0, 1.0, 0.02, 0.04, 0.94),
        ["red_flags_ho60.yaml"] = new Floor(0.98, 1.0, 0.0, 0.0, 1.0),
        // The last fresh batches of stop 9 (ho81 E 58/60, U 54/60, 3/55 given 999, 3/55 asked, 34/35 normal kept; ho82 E 59/60,
        // U 58/60, 1/55, 1/55, 35/35; ho83 E 57/60, U 57/60, 3/55, 3/55, 31/35; ho84 E 58/60, U 60/60, 1/55, 1/55, 33/35),
        // tuned on in round 41 of stop 10.
        ["red_flags_ho81.yaml"] = new Floor(1.0, 1.0, 0.02, 0.02, 0.97),
        ["red_flags_ho82.yaml"] = new Floor(0.98, 1.0, 0.02, 0.02, 1.0),
        ["red_flags_ho83.yaml"] = new Floor(0.98, 0.98, 0.02, 0.02, 1.0),
        ["red_flags_ho84.yaml"] = new Floor(0.98, 1.0, 0.0, 0.02, 0.97),
        // Written during stop 10, each measured once before it was tuned on (figures in docs/red-flag-understanding.md):
        // ho89-ho92 in round 42, ho97-ho100 in round 43, ho101-ho104 in round 44, ho105-ho108 in round 45.
        ["red_flags_ho89.yaml"] = new Floor(0.98, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho90.yaml"] = new Floor(1.0, 0.98, 0.0, 0.02, 1.0),
        ["red_flags_ho91.yaml"] = new Floor(1.0, 1.0, 0.02, 0.0, 1.0),
        ["red_flags_ho92.yaml"] = new Floor(1.0, 1.0, 0.02, 0.0, 1.0),
        ["red_flags_ho97.yaml"] = new Floor(0.98, 1.0, 0.0, 0.02, 0.97),
        ["red_flags_ho98.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho99.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.94),
        ["red_flags_ho100.yaml"] = new Floor(0.98, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho101.yaml"] = new Floor(0.98, 1.0, 0.02, 0.08, 0.94),
        ["red_flags_ho102.yaml"] = new Floor(1.0, 1.0, 0.02, 0.04, 0.94),
        ["red_flags_ho103.yaml"] = new Floor(0.98, 0.98, 0.0, 0.0, 1.0),
        ["red_flags_ho104.yaml"] = new Floor(1.0, 1.0, 0.0, 0.06, 0.97),
        ["red_flags_ho105.yaml"] = new Floor(1.0, 0.98, 0.02, 0.0, 0.97),
        ["red_flags_ho106.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho107.yaml"] = new Floor(1.0, 0.98, 0.0, 0.02, 1.0),
        ["red_flags_ho108.yaml"] = new Floor(1.0, 1.0, 0.02, 0.02, 0.97),

        // The sealed batches of stop 10, each written by a writer who saw neither the rules nor the data (totals only).
        // ho85-ho88, written at the start of the stop and measured before any tuning of it (E 235/240, U 231/240, 2/220 given
        // 999, 12/220 asked, 134/140 normal kept), then once more after round 45: ho85 E 60/60, U 57/60, 0/55 given 999, 0/55
        // asked, 35/35 normal kept; ho86 E 60/60, U 59/60, 0/55, 4/55, 32/35; ho87 E 58/60, U 60/60, 2/55, 4/55, 32/35; ho88
        // E 57/60, U 60/60, 0/55, 2/55, 35/35.
        ["red_flags_ho85.yaml"] = new Floor(1.0, 0.98, 0.0, 0.0, 1.0),
        ["red_flags_ho86.yaml"] = new Floor(1.0, 0.98, 0.0, 0.04, 0.97),
        ["red_flags_ho87.yaml"] = new Floor(1.0, 1.0, 0.04, 0.06, 0.94),
        ["red_flags_ho88.yaml"] = new Floor(0.98, 1.0, 0.0, 0.02, 1.0),
        // ho93-ho96, written after round 41 and measured once after round 45: ho93 E 59/60, U 60/60, 0/55, 0/55, 35/35; ho94
        // E 59/60, U 58/60, 1/55, 4/55, 31/35; ho95 E 60/60, U 58/60, 0/55, 2/55, 33/35; ho96 E 58/60, U 60/60, 0/55, 2/55,
        // 32/35. Those were the figures with examples 2026.11.30-46; with -47 (two examples that ho109-ho112 repeat left out):
        // ho85-ho88 E 236/240, U 234/240; ho93-ho96 E 236/240, U 235/240, 130/140 normal kept.
        ["red_flags_ho93.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho94.yaml"] = new Floor(1.0, 0.95, 0.0, 0.08, 0.91),
        ["red_flags_ho95.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.94),
        ["red_flags_ho96.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.94),
        // ho109-ho112, written after round 45 (after all tuning of stop 10) and measured once (totals only): ho109 E 60/60, U 59/60,
        // 0/55 given 999, 1/55 asked, 34/35 normal kept; ho110 E 58/60, U 58/60, 0/55, 4/55, 33/35; ho111 E 56/60, U 60/60,
        // 0/55, 3/55, 33/35; ho112 E 60/60, U 58/60, 1/55, 4/55, 32/35 (with examples -47: ho111 2/55 asked).
        ["red_flags_ho109.yaml"] = new Floor(1.0, 0.98, 0.0, 0.02, 0.97),
        ["red_flags_ho110.yaml"] = new Floor(0.98, 0.98, 0.0, 0.08, 0.94),
        ["red_flags_ho111.yaml"] = new Floor(0.96, 1.0, 0.0, 0.02, 0.97),
        ["red_flags_ho112.yaml"] = new Floor(1.0, 0.96, 0.0, 0.06, 0.94),
        // All twelve were then tuned on in round 46 (floors: after it).
        // ho113-ho116, the final fresh batches of stop 10: written while round 46 was tuned, sealed, and measured once after it
        // (totals only): ho113 E 59/60, U 59/60, 0/55 given 999, 2/55 asked, 33/35 normal kept; ho114 E 57/60, U 59/60, 4/55,
        // 1/55, 33/35; ho115 E 58/60, U 59/60, 0/55, 3/55, 33/35; ho116 E 60/60, U 60/60, 2/55, 1/55, 33/35. Tuned on in round 47.
        ["red_flags_ho113.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho114.yaml"] = new Floor(0.98, 1.0, 0.02, 0.0, 0.97),
        ["red_flags_ho115.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        ["red_flags_ho116.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // ho117-ho120, written at the start of stop 11 and measured once before any tuning of the stop (totals only): ho117
        // E 58/60, U 58/60, 1/55 given 999, 2/55 asked, 32/35 normal kept; ho118 E 59/60, U 60/60, 1/55, 3/55, 32/35; ho119
        // E 60/60, U 57/60, 1/55, 2/55, 33/35; ho120 E 57/60, U 59/60, 1/55, 3/55, 34/35. Tuned on in round 47.
        ["red_flags_ho117.yaml"] = new Floor(0.98, 0.96, 0.0, 0.0, 1.0),
        ["red_flags_ho118.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho119.yaml"] = new Floor(1.0, 0.98, 0.0, 0.02, 0.97),
        ["red_flags_ho120.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        // ho121-ho124, written at the start of stop 11 and sealed, measured once after round 47 (totals only): ho121 E 59/60,
        // U 60/60, 4/55 given 999, 2/55 asked, 31/35 normal kept; ho122 E 59/60, U 59/60, 2/55, 3/55, 34/35; ho123 E 55/60,
        // U 57/60, 0/55, 1/55, 34/35; ho124 E 60/60, U 60/60, 2/55, 1/55, 35/35 (the rules before round 47 gave the same recall,
        // 8/220 given 999 and 8/220 asked). Tuned on in round 48.
        ["red_flags_ho121.yaml"] = new Floor(1.0, 1.0, 0.04, 0.04, 0.91),
        ["red_flags_ho122.yaml"] = new Floor(1.0, 1.0, 0.02, 0.02, 1.0),
        ["red_flags_ho123.yaml"] = new Floor(0.98, 0.95, 0.0, 0.02, 0.97),
        ["red_flags_ho124.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        // ho125-ho128, written while rounds 47 and 48 were tuned, sealed, and measured once after round 48 (totals only):
        // ho125 E 59/60, U 58/60, 0/55 given 999, 2/55 asked, 34/35 normal kept; ho126 E 59/60, U 59/60, 1/55, 1/55, 35/35;
        // ho127 E 59/60, U 60/60, 0/55, 1/55, 35/35; ho128 E 59/60, U 57/60, 3/55, 3/55, 32/35. Tuned on in round 49.
        ["red_flags_ho125.yaml"] = new Floor(1.0, 0.98, 0.0, 0.04, 0.97),
        ["red_flags_ho126.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho127.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho128.yaml"] = new Floor(1.0, 1.0, 0.04, 0.02, 0.97),
        // ho129-ho132, written while round 48 was tuned, sealed, and measured once after round 49 (totals only): ho129 E 59/60, U 59/60, 4/55 given 999, 3/55 asked,
        // 33/35 normal kept; ho130 E 59/60, U 59/60, 1/55, 0/55, 33/35; ho131 E 59/60, U 60/60, 2/55, 2/55, 35/35; ho132
        // E 60/60, U 60/60, 1/55, 0/55, 35/35. Tuned on in round 50.
        ["red_flags_ho129.yaml"] = new Floor(0.98, 0.98, 0.02, 0.04, 0.97),
        ["red_flags_ho130.yaml"] = new Floor(1.0, 0.98, 0.02, 0.0, 0.94),
        ["red_flags_ho131.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho132.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        // ho133-ho136, written while round 49 was tuned and measured once after it, before any tuning on them (totals only):
        // ho133 E 60/60, U 60/60, 2/55 given 999, 0/55 asked, 33/35 normal kept; ho134 E 58/60, U 58/60, 3/55, 1/55, 32/35;
        // ho135 E 60/60, U 59/60, 4/55, 4/55, 29/35; ho136 E 60/60, U 59/60, 1/55, 1/55, 35/35. Tuned on in round 50.
        ["red_flags_ho133.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 0.97),
        ["red_flags_ho134.yaml"] = new Floor(0.98, 1.0, 0.02, 0.0, 0.97),
        ["red_flags_ho135.yaml"] = new Floor(1.0, 1.0, 0.06, 0.06, 0.88),
        ["red_flags_ho136.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        // ho137-ho140, written while round 49 was tuned, sealed, and measured once after round 50 (totals only): ho137 E 59/60, U 60/60, 3/55 given 999, 1/55 asked,
        // 35/35 normal kept; ho138 E 59/60, U 58/60, 3/55, 2/55, 34/35; ho139 E 60/60, U 59/60, 1/55, 0/55, 34/35; ho140
        // E 59/60, U 59/60, 2/55, 1/55, 35/35. Tuned on in round 51.
        ["red_flags_ho137.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho138.yaml"] = new Floor(1.0, 0.98, 0.02, 0.02, 1.0),
        ["red_flags_ho139.yaml"] = new Floor(1.0, 1.0, 0.02, 0.0, 0.97),
        ["red_flags_ho140.yaml"] = new Floor(1.0, 1.0, 0.02, 0.02, 1.0),
        // ho141-ho144, written while round 50 was tuned, sealed, and measured once after round 51 (totals only): ho141 E 57/60, U 58/60, 3/55 given 999, 4/55 asked,
        // 32/35 normal kept; ho142 E 60/60, U 59/60, 1/55, 2/55, 33/35; ho143 E 53/60, U 52/60, 2/55, 3/55, 32/35 (texting
        // with dropped vowels); ho144 E 57/60, U 59/60, 0/55, 2/55, 34/35. Tuned on in round 52.
        ["red_flags_ho141.yaml"] = new Floor(0.96, 1.0, 0.06, 0.08, 0.94),
        ["red_flags_ho142.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.97),
        ["red_flags_ho143.yaml"] = new Floor(0.93, 0.9, 0.02, 0.02, 0.97),
        ["red_flags_ho144.yaml"] = new Floor(0.96, 1.0, 0.0, 0.04, 0.97),
        // ho145-ho148, the final fresh batches of stop 11: written while round 51 was tuned, sealed, and measured once after round 52 (totals only): ho145 E 60/60, U 60/60, 1/55 given 999, 7/55 asked,
        // 32/35 normal kept (texting without vowels); ho146 E 58/60, U 59/60, 0/55, 2/55, 33/35; ho147 E 58/60, U 58/60, 3/55,
        // 2/55, 32/35; ho148 E 59/60, U 60/60, 0/55, 1/55, 35/35. Tuned on in round 53.
        ["red_flags_ho145.yaml"] = new Floor(1.0, 1.0, 0.02, 0.1, 0.94),
        ["red_flags_ho146.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 0.94),
        ["red_flags_ho147.yaml"] = new Floor(1.0, 1.0, 0.02, 0.04, 0.97),
        ["red_flags_ho148.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        // ho149-ho152, written at the start of stop 12 and measured once before any tuning of that stop, with the rules of stop 11
        // (totals only): ho149 E 60/60, U 58/60, 2/55 given 999, 1/55 asked, 34/35 normal kept; ho150 E 59/60, U 59/60, 0/55, 2/55,
        // 35/35; ho151 E 60/60, U 60/60, 1/55, 3/55, 33/35; ho152 E 59/60, U 58/60, 0/55, 2/55, 34/35. Tuned on in round 53.
        ["red_flags_ho149.yaml"] = new Floor(1.0, 1.0, 0.04, 0.0, 1.0),
        ["red_flags_ho150.yaml"] = new Floor(1.0, 0.98, 0.0, 0.02, 1.0),
        ["red_flags_ho151.yaml"] = new Floor(1.0, 1.0, 0.0, 0.04, 1.0),
        ["red_flags_ho152.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 0.97),
        // ho153-ho156, written at the start of stop 12, sealed, and measured once after round 53 (totals only): ho153 E 59/60, U 57/60, 1/55 given 999, 3/55 asked, 35/35 normal kept;
        // ho154 E 58/60, U 59/60, 0/55, 2/55, 34/35; ho155 E 59/60, U 59/60, 0/55, 2/55, 33/35; ho156 E 58/60, U 59/60, 2/55,
        // 0/55, 34/35. Tuned on in round 54.
        ["red_flags_ho153.yaml"] = new Floor(1.0, 1.0, 0.0, 0.06, 1.0),
        ["red_flags_ho154.yaml"] = new Floor(0.98, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho155.yaml"] = new Floor(1.0, 0.98, 0.0, 0.0, 1.0),
        ["red_flags_ho156.yaml"] = new Floor(1.0, 0.98, 0.0, 0.0, 1.0),
        // ho157-ho160, written while round 53 was tuned, sealed, and measured once after round 54 (totals only): ho157 E 60/60, U 60/60, 1/55 given 999, 0/55 asked,
        // 34/35 normal kept; ho158 E 59/60, U 60/60, 0/55, 2/55, 33/35; ho159 E 60/60, U 60/60, 0/55, 0/55, 35/35; ho160
        // E 60/60, U 59/60, 1/55, 3/55, 34/35. Tuned on in round 55.
        ["red_flags_ho157.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho158.yaml"] = new Floor(0.98, 1.0, 0.0, 0.04, 0.94),
        ["red_flags_ho159.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho160.yaml"] = new Floor(1.0, 1.0, 0.0, 0.06, 0.97),
        // ho161-ho164, written while round 54 was tuned, sealed, and measured once after round 55 (totals only): ho161 E 57/60, U 59/60, 2/55 given 999, 0/55 asked,
        // 34/35 normal kept; ho162 E 58/60, U 57/60, 1/55, 2/55, 32/35; ho163 E 59/60, U 58/60, 2/55, 0/55, 33/35; ho164
        // E 58/60, U 58/60, 0/55, 3/55, 35/35. Tuned on in round 56.
        ["red_flags_ho161.yaml"] = new Floor(1.0, 1.0, 0.0, 0.0, 1.0),
        ["red_flags_ho162.yaml"] = new Floor(1.0, 0.98, 0.0, 0.04, 0.94),
        ["red_flags_ho163.yaml"] = new Floor(1.0, 0.96, 0.0, 0.0, 1.0),
        ["red_flags_ho164.yaml"] = new Floor(1.0, 0.98, 0.0, 0.04, 1.0),
        // ho165-ho168, written while round 55 was tuned, sealed, and measured once after round 56 (totals only): ho165 E 60/60,
        // U 60/60, 3/55 given 999, 5/55 asked, 30/35 normal kept; ho166 E 58/60, U 59/60, 1/55, 2/55, 35/35; ho167 E 57/60,
        // U 59/60, 2/55, 1/55, 34/35; ho168 E 60/60, U 58/60, 1/55, 1/55, 34/35. Tuned on in round 57.
        ["red_flags_ho165.yaml"] = new Floor(1.0, 1.0, 0.04, 0.06, 0.91),
        ["red_flags_ho166.yaml"] = new Floor(1.0, 0.98, 0.02, 0.04, 1.0),
        ["red_flags_ho167.yaml"] = new Floor(1.0, 0.98, 0.02, 0.02, 1.0),
        ["red_flags_ho168.yaml"] = new Floor(1.0, 0.96, 0.0, 0.0, 1.0),
        // ho169-ho172, written while round 56 was tuned, sealed, and measured once after round 57 (totals only): ho169 E 58/60,
        // U 59/60, 1/55 given 999, 2/55 asked, 34/35 normal kept; ho170 E 58/60, U 58/60, 2/55, 2/55, 31/35; ho171 E 59/60,
        // U 60/60, 2/55, 3/55, 33/35; ho172 E 60/60, U 59/60, 1/55, 1/55, 34/35. Tuned on in round 58.
        ["red_flags_ho169.yaml"] = new Floor(1.0, 0.98, 0.02, 0.0, 1.0),
        ["red_flags_ho170.yaml"] = new Floor(1.0, 1.0, 0.02, 0.0, 1.0),
        ["red_flags_ho171.yaml"] = new Floor(0.98, 1.0, 0.04, 0.04, 0.97),
        ["red_flags_ho172.yaml"] = new Floor(1.0, 1.0, 0.0, 0.02, 1.0),
        // The final fresh batches of stop 12 (held out then; measured once after round 58: ho173 E 58/60, U 57/60, 0/55
        // given 999, 2/55 asked, 34/35 normal kept; ho174 E 59/60, U 56/60, 1/55, 2/55, 33/35; ho175 E 59/60, U 59/60, 0/55,
        // 1/55, 34/35; ho176 E 59/60, U 58/60, 1/55, 1/55, 34/35). Released in stop 13; round 59 changed none of their figures.
        ["red_flags_ho173.yaml"] = new Floor(0.96, 0.95, 0.0, 0.04, 0.97),
        ["red_flags_ho174.yaml"] = new Floor(0.98, 0.93, 0.02, 0.04, 0.94),
        ["red_flags_ho175.yaml"] = new Floor(0.98, 1.0, 0.0, 0.02, 0.97),
        ["red_flags_ho176.yaml"] = new Floor(0.98, 0.96, 0.02, 0.02, 0.97),
        // ho177-ho180, written at the start of stop 13 and measured before any tuning of the stop (totals only): ho177 E 60/60,
        // U 60/60, 6/55 given 999, 5/55 asked, 26/35 normal kept; ho178 E 60/60, U 60/60, 2/55, 8/55, 29/35; ho179 E 59/60,
        // U 59/60, 5/55, 1/55, 33/35; ho180 E 60/60, U 58/60, 3/55, 6/55, 31/35. Tuned on in round 59.
        ["red_flags_ho177.yaml"] = new Floor(1.0, 1.0, 0.06, 0.06, 0.82),
        ["red_flags_ho178.yaml"] = new Floor(1.0, 1.0, 0.04, 0.15, 0.82),
        ["red_flags_ho179.yaml"] = new Floor(0.98, 0.98, 0.08, 0.02, 0.97),
        ["red_flags_ho180.yaml"] = new Floor(1.0, 0.96, 0.0, 0.1, 0.94),
        // ho181-ho184, written at the start of stop 13, sealed while round 59 was tuned, and measured once after it (totals
        // only): ho181 E 59/60, U 53/60, 5/55 given 999, 5/55 asked, 28/35 normal kept; ho182 E 58/60, U 59/60, 1/55, 0/55,
        // 34/35; ho183 E 57/60, U 58/60, 1/55, 3/55, 33/35; ho184 E 58/60, U 59/60, 1/55, 2/55, 33/35. Tuned on in round 60.
        ["red_flags_ho181.yaml"] = new Floor(0.98, 0.91, 0.04, 0.1, 0.85),
        ["red_flags_ho182.yaml"] = new Floor(0.96, 0.98, 0.02, 0.0, 0.97),
        ["red_flags_ho183.yaml"] = new Floor(0.96, 1.0, 0.02, 0.02, 0.97),
        ["red_flags_ho184.yaml"] = new Floor(1.0, 1.0, 0.02, 0.04, 0.94),
        // ho185-ho188, written while round 59 was tuned, sealed, and measured once after round 60 (totals only): ho185 E 59/60,
        // U 59/60, 2/55 given 999, 5/55 asked, 29/35 normal kept; ho186 E 59/60, U 55/60, 6/55, 6/55, 27/35; ho187 E 58/60,
        // U 57/60, 4/55, 3/55, 30/35; ho188 E 58/60, U 59/60, 2/55, 7/55, 26/35 (the rules of stop 12 gave the same). The
        // outside harness then printed some of their misses, so they were released and tuned on in round 61.
        ["red_flags_ho185.yaml"] = new Floor(0.98, 0.98, 0.02, 0.1, 0.85),
        ["red_flags_ho186.yaml"] = new Floor(0.98, 0.95, 0.1, 0.11, 0.8),
        ["red_flags_ho187.yaml"] = new Floor(0.98, 0.96, 0.06, 0.06, 0.85),
        ["red_flags_ho188.yaml"] = new Floor(0.96, 1.0, 0.04, 0.11, 0.77),
        // ho193-ho196, written at the start of stop 14 by four writers who saw neither the rules nor the data, and measured once
        // with the rules of stop 13 before any tuning (totals only): ho193 E 58/60, U 56/60, 2/55 given 999, 4/55 asked, 32/35
        // normal kept; ho194 E 59/60, U 58/60, 2/55, 2/55, 33/35; ho195 E 59/60, U 57/60, 2/55, 3/55, 33/35; ho196 E 57/60,
        // U 56/60, 5/55, 1/55, 31/35. Tuned on in round 62.
        ["red_flags_ho193.yaml"] = new Floor(0.98, 0.98, 0.02, 0.08, 0.91),
        ["red_flags_ho194.yaml"] = new Floor(1.0, 0.98, 0.02, 0.04, 0.97),
        ["red_flags_ho195.yaml"] = new Floor(0.98, 1.0, 0.0, 0.02, 1.0),
        ["red_flags_ho196.yaml"] = new Floor(0.96, 0.95, 0.08, 0.02, 0.88),
        // ho197-ho200, written at the start of stop 14, sealed while round 62 was tuned, and measured once after it (totals only):
        // ho197 E 59/60, U 54/60, 2/55 given 999, 1/55 asked, 33/35 normal kept; ho198 E 58/60, U 58/60, 4/55, 2/55, 30/35; ho199
        // E 55/60, U 57/60, 1/55, 3/55, 32/35; ho200 E 56/60, U 58/60, 3/55, 0/55, 34/35 (the rules of stop 13 gave the same but
        // 4/55 asked and 31/35 kept on ho199). Tuned on in round 63.
        ["red_flags_ho197.yaml"] = new Floor(1.0, 0.98, 0.02, 0.02, 0.97),
        // Round 68 moved one ho198 negative from 999 advice to a confirming question (1/55 given 999, 3/55 asked).
        ["red_flags_ho198.yaml"] = new Floor(0.96, 0.98, 0.02, 0.06, 0.88),
        ["red_flags_ho199.yaml"] = new Floor(0.96, 0.96, 0.0, 0.04, 0.94),
        ["red_flags_ho200.yaml"] = new Floor(0.98, 0.98, 0.04, 0.0, 0.97),
        // ho201-ho204, written while round 62 was tuned, sealed, and measured once after round 63 (totals only): ho201 E 60/60,
        // U 54/60, 1/55 given 999, 1/55 asked, 34/35 normal kept; ho202 E 56/60, U 60/60, 3/55, 5/55, 30/35; ho203 E 60/60, U 59/60,
        // 6/55, 3/55, 28/35; ho204 E 59/60, U 59/60, 1/55, 4/55, 31/35 (the rules of stop 13 gave the same but U 58/60 on ho204).
        // Tuned on in round 64.
        ["red_flags_ho201.yaml"] = new Floor(1.0, 0.9, 0.02, 0.02, 0.97),
        ["red_flags_ho202.yaml"] = new Floor(0.98, 1.0, 0.06, 0.1, 0.85),
        ["red_flags_ho203.yaml"] = new Floor(1.0, 0.98, 0.11, 0.04, 0.82),
        ["red_flags_ho204.yaml"] = new Floor(0.98, 0.98, 0.02, 0.06, 0.88),
        // ho213-ho216, written at the start of stop 15 by four writers who saw neither the rules nor the data, and measured once
        // with the rules of stop 14 before any tuning (totals only): ho213 E 59/60, U 60/60, 3/55 given 999, 5/55 asked, 31/35
        // normal kept; ho214 E 60/60, U 58/60, 4/55, 0/55, 31/35; ho215 E 60/60, U 58/60, 3/55, 6/55, 32/35; ho216 E 58/60,
        // U 55/60, 2/55, 4/55, 34/35. Tuned on in round 65.
        ["red_flags_ho213.yaml"] = new Floor(1.0, 1.0, 0.04, 0.1, 0.88),
        ["red_flags_ho214.yaml"] = new Floor(1.0, 0.98, 0.08, 0.0, 0.88),
        ["red_flags_ho215.yaml"] = new Floor(1.0, 0.96, 0.06, 0.1, 0.91),
        ["red_flags_ho216.yaml"] = new Floor(1.0, 0.98, 0.02, 0.08, 0.97),
        // ho217-ho220, written at the start of stop 15, sealed while round 65 was tuned, and measured once after it (totals
        // only): ho217 E 60/60, U 60/60, 6/55 given 999, 3/55 asked, 31/35 normal kept; ho218 E 56/60, U 55/60, 1/55, 4/55, 33/35;
        // ho219 E 59/60, U 59/60, 3/55, 3/55, 29/35; ho220 E 58/60, U 59/60, 3/55, 1/55, 33/35 (the rules of stop 14 gave the same).
        // Tuned on in round 66.
        ["red_flags_ho217.yaml"] = new Floor(1.0, 1.0, 0.08, 0.06, 0.94),
        ["red_flags_ho218.yaml"] = new Floor(1.0, 0.98, 0.0, 0.08, 0.97),
        ["red_flags_ho219.yaml"] = new Floor(1.0, 1.0, 0.04, 0.06, 0.85),
        ["red_flags_ho220.yaml"] = new Floor(1.0, 0.98, 0.04, 0.0, 0.97),
        // ho221-ho224, written at the start of stop 15 by four writers who saw neither the rules nor the data, sealed through
        // rounds 65-67, and measured once with the final rules of stop 15 (totals only): ho221 E 60/60, U 58/60, 2/55 given 999,
        // 6/55 asked, 33/35 normal kept; ho222 E 59/60, U 59/60, 6/55, 3/55, 31/35; ho223 E 56/60, U 57/60, 3/55, 2/55, 33/35;
        // ho224 E 57/60, U 57/60, 5/55, 1/55, 31/35 (the rules of stop 14 gave the same). Held out through stop 15; released at
        // the start of stop 16 and tuned on in round 68.
        ["red_flags_ho221.yaml"] = new Floor(1.0, 0.96, 0.02, 0.11, 0.94),
        ["red_flags_ho222.yaml"] = new Floor(1.0, 0.98, 0.11, 0.06, 0.88),
        ["red_flags_ho223.yaml"] = new Floor(0.95, 0.96, 0.02, 0.04, 0.97),
        ["red_flags_ho224.yaml"] = new Floor(0.96, 0.95, 0.1, 0.02, 0.88),
        // ho225-ho228, written after the last rule change of stop 15 by four more writers, and measured once with the final
        // rules (totals only): ho225 E 60/60, U 60/60, 3/55 given 999, 5/55 asked, 31/35 normal kept; ho226 E 58/60, U 59/60, 9/55,
        // 4/55, 28/35; ho227 E 60/60, U 57/60, 1/55, 4/55, 30/35; ho228 E 60/60, U 60/60, 3/55, 2/55, 33/35 (the rules of stop 14
        // gave the same). Held out through stop 15; released at the start of stop 16 and tuned on in round 68.
        ["red_flags_ho225.yaml"] = new Floor(1.0, 1.0, 0.06, 0.1, 0.88),
        ["red_flags_ho226.yaml"] = new Floor(0.98, 0.98, 0.17, 0.08, 0.8),
        ["red_flags_ho227.yaml"] = new Floor(1.0, 0.95, 0.02, 0.08, 0.85),
        ["red_flags_ho228.yaml"] = new Floor(1.0, 1.0, 0.04, 0.04, 0.97),
        // ho229-ho236: held out through stop 16 (ho229-ho232 measured before any tuning, ho233-ho236 sealed and measured once;
        // their figures are in the held-out comments of stop 16, docs/red-flag-understanding.md), released at the start of
        // stop 17 and tuned on in round 69. Floors are the figures after round 69.
        ["red_flags_ho229.yaml"] = new Floor(0.96, 0.95, 0.04, 0.04, 0.94),
        ["red_flags_ho230.yaml"] = new Floor(0.98, 0.96, 0.0, 0.02, 1.0),
        ["red_flags_ho231.yaml"] = new Floor(1.0, 0.96, 0.04, 0.06, 0.94),
        ["red_flags_ho232.yaml"] = new Floor(0.96, 0.96, 0.04, 0.04, 0.91),
        ["red_flags_ho233.yaml"] = new Floor(1.0, 0.98, 0.02, 0.04, 0.94),
        ["red_flags_ho234.yaml"] = new Floor(0.95, 0.98, 0.06, 0.02, 0.97),
        ["red_flags_ho235.yaml"] = new Floor(0.98, 1.0, 0.0, 0.06, 0.97),
        ["red_flags_ho236.yaml"] = new Floor(0.98, 0.98, 0.02, 0.04, 0.97),
        // ho237-ho244: held out through stop 17 (ho237-ho240 measured before any tuning, ho241-ho244 sealed and measured once;
        // their figures are in docs/red-flag-understanding.md, stop 17), released at the start of stop 18 and tuned on in round
        // 70. Floors are the figures after round 70.
        ["red_flags_ho237.yaml"] = new Floor(1.0, 0.96, 0.02, 0.02, 0.94),
        ["red_flags_ho238.yaml"] = new Floor(1.0, 0.93, 0.04, 0.06, 0.94),
        ["red_flags_ho239.yaml"] = new Floor(0.98, 0.98, 0.04, 0.02, 0.91),
        ["red_flags_ho240.yaml"] = new Floor(0.98, 0.98, 0.02, 0.02, 0.94),
        ["red_flags_ho241.yaml"] = new Floor(1.0, 0.91, 0.04, 0.04, 0.97),
        ["red_flags_ho242.yaml"] = new Floor(1.0, 0.96, 0.04, 0.06, 0.88),
        ["red_flags_ho243.yaml"] = new Floor(0.98, 0.95, 0.02, 0.02, 0.97),
        ["red_flags_ho244.yaml"] = new Floor(0.95, 0.96, 0.04, 0.04, 0.94),
    };

    /// <summary>Held out: measured, never tuned on. Floors are the figures recorded when each was first measured.</summary>
    public static readonly Dictionary<string, Floor> HeldOutBatches = new()
    {
        // The final fresh batches of stop 13: written while round 60 was tuned by four writers who saw neither the rules nor
        // the data, sealed, and measured once after round 61 (totals only): ho189 E 59/60, U 60/60, 3/55 given 999, 2/55
        // asked, 31/35 normal kept; ho190 E 56/60, U 57/60, 3/55, 7/55, 30/35; ho191 E 56/60, U 58/60, 5/55, 1/55, 31/35;
        // ho192 E 60/60, U 57/60, 2/55, 6/55, 29/35 (the rules of stop 12 gave the same). Never tuned on; not in the model's
        // examples.
        ["red_flags_ho189.yaml"] = new Floor(0.98, 1.0, 0.06, 0.04, 0.88),
        ["red_flags_ho190.yaml"] = new Floor(0.93, 0.95, 0.06, 0.13, 0.85),
        ["red_flags_ho191.yaml"] = new Floor(0.93, 0.96, 0.1, 0.02, 0.88),
        ["red_flags_ho192.yaml"] = new Floor(1.0, 0.95, 0.04, 0.11, 0.82),
        // The final fresh batches of stop 14: written while round 63 was tuned by four writers who saw neither the rules nor
        // the data, sealed, and measured once after round 64 (totals only): ho205 E 59/60, U 59/60, 5/55 given 999, 4/55 asked,
        // 30/35 normal kept; ho206 E 60/60, U 59/60, 3/55, 2/55, 33/35; ho207 E 60/60, U 57/60, 2/55, 2/55, 32/35; ho208 E 59/60,
        // U 56/60, 9/55, 4/55, 26/35 (the rules of stop 13 gave the same but 3/55 given 999 and 1/55 asked on ho207). Never
        // tuned on; not in the model's examples. After the last rule change, a comparison with the rules of stop 13 printed one
        // ho207 message (a negative the rounds had moved from 999 advice to a question), so ho207 counts as seen from stop 15.
        // Round 66 (stop 15) moved one ho205 clear negative from 999 advice to a confirming question (totals only: 4/55 given
        // 999, 5/55 asked), so its asked floor is 0.1.
        ["red_flags_ho205.yaml"] = new Floor(0.98, 0.98, 0.1, 0.1, 0.85),
        ["red_flags_ho206.yaml"] = new Floor(1.0, 0.98, 0.06, 0.04, 0.94),
        ["red_flags_ho207.yaml"] = new Floor(1.0, 0.95, 0.04, 0.04, 0.91),
        ["red_flags_ho208.yaml"] = new Floor(0.98, 0.93, 0.17, 0.08, 0.74),
        // ho209-ho212, written after the last rule change of stop 14 by four more writers who saw neither the rules nor the
        // data, and measured once with the final rules (totals only): ho209 E 60/60, U 59/60, 3/55 given 999, 4/55 asked,
        // 33/35 normal kept; ho210 E 60/60, U 60/60, 1/55, 9/55, 29/35; ho211 E 59/60, U 60/60, 1/55, 2/55, 33/35; ho212 E 59/60,
        // U 58/60, 3/55, 2/55, 30/35 (the rules of stop 13 gave the same but 2/55 given 999 on ho211). Never tuned on; not in
        // the model's examples.
        ["red_flags_ho209.yaml"] = new Floor(1.0, 0.98, 0.06, 0.08, 0.94),
        ["red_flags_ho210.yaml"] = new Floor(1.0, 1.0, 0.02, 0.17, 0.82),
        ["red_flags_ho211.yaml"] = new Floor(0.98, 1.0, 0.02, 0.04, 0.94),
        ["red_flags_ho212.yaml"] = new Floor(0.98, 0.96, 0.06, 0.04, 0.85),
        // ho245-ho248, written at the start of stop 18 by four writers who saw neither the rules nor the data (new personas), and
        // measured with the rules of stop 17 before any tuning (totals only): ho245 E 59/60, U 59/60, 5/55 given 999, 4/55 asked,
        // 34/35 normal kept; ho246 E 56/60, U 60/60, 4/55, 4/55, 32/36; ho247 E 60/60, U 56/60, 5/55, 2/55, 33/35; ho248 E 57/60,
        // U 58/60, 2/55, 5/55, 32/35 (after round 70 the same). Never tuned on; not in the model's examples.
        ["red_flags_ho245.yaml"] = new Floor(0.98, 0.98, 0.1, 0.08, 0.97),
        ["red_flags_ho246.yaml"] = new Floor(0.93, 1.0, 0.08, 0.08, 0.88),
        ["red_flags_ho247.yaml"] = new Floor(1.0, 0.93, 0.1, 0.04, 0.94),
        ["red_flags_ho248.yaml"] = new Floor(0.95, 0.96, 0.04, 0.1, 0.91),
        // ho249-ho252, written at the start of stop 18 by four more writers who saw neither the rules nor the data, sealed while
        // round 70 was tuned, and measured once with its final rules (totals only): ho249 E 58/60, U 58/60, 6/55 given 999, 7/55
        // asked, 30/37 normal kept; ho250 E 56/60, U 57/60, 1/55, 7/55, 32/35; ho251 E 56/60, U 60/60, 4/55, 2/55, 31/35; ho252
        // E 60/60, U 59/60, 3/55, 2/55, 31/35 (the rules of stop 17 gave the same). Never tuned on; not in the model's examples.
        ["red_flags_ho249.yaml"] = new Floor(0.96, 0.96, 0.11, 0.13, 0.81),
        ["red_flags_ho250.yaml"] = new Floor(0.93, 0.95, 0.02, 0.13, 0.91),
        ["red_flags_ho251.yaml"] = new Floor(0.93, 1.0, 0.08, 0.04, 0.88),
        ["red_flags_ho252.yaml"] = new Floor(1.0, 0.98, 0.06, 0.04, 0.88),
        // ho253-ho256, written during round 70 by four more writers who saw neither the rules nor the data, sealed while its
        // last changes were made (content 2026.12.01-87), and measured once with the final rules (totals only): ho253 E 56/60,
        // U 59/60, 4/55 given 999, 1/55 asked, 32/35 normal kept; ho254 E 57/60, U 56/60, 0/55, 1/55, 35/35; ho255 E 60/60,
        // U 60/60, 2/55, 3/55, 35/37; ho256 E 58/60, U 59/60, 4/55, 1/55, 32/36 (the rules of stop 17: one urgent fewer, one more
        // given 999, one fewer kept). Never tuned on; not in the model's examples.
        ["red_flags_ho253.yaml"] = new Floor(0.93, 0.98, 0.08, 0.02, 0.91),
        ["red_flags_ho254.yaml"] = new Floor(0.95, 0.93, 0.0, 0.02, 1.0),
        ["red_flags_ho255.yaml"] = new Floor(1.0, 1.0, 0.04, 0.06, 0.94),
        ["red_flags_ho256.yaml"] = new Floor(0.96, 0.98, 0.08, 0.02, 0.88),
    };

    public static IReadOnlyList<CorpusItem> Load(string file)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Triage", "Corpus", file));
        return deserializer.Deserialize<CorpusFile>(reader).Items;
    }

    public static CorpusScore Score(IReadOnlyList<CorpusItem> items, RedFlagDetector detector)
    {
        var score = new CorpusScore();
        foreach (var item in items)
        {
            var check = detector.Check(item.Text);
            var accepted = new HashSet<string>(item.AlsoOk ?? []) { item.Expected };
            if (item.Expected is Dispositions.Emergency or Dispositions.Urgent)
            {
                var hit = accepted.Contains(check.Urgency) || Dispositions.Rank(check.Urgency) > Dispositions.Rank(item.Expected);
                score.Count(item.Expected, hit);
                if (!hit)
                {
                    score.Misses.Add($"  {item.Id} {item.Expected,-9} got {Describe(check)} :: {item.Text}");
                }
            }

            if (item.Tricky == "negative")
            {
                score.Negatives++;
                if (check.IsRedFlag && !accepted.Contains(check.Urgency) && Dispositions.Rank(check.Urgency) > Dispositions.Rank(item.Expected))
                {
                    if (!check.Ambiguous && check.Urgency == Dispositions.Emergency)
                    {
                        score.NegativesGivenEmergency++;
                    }
                    else
                    {
                        score.NegativesAsked++;
                    }

                    score.Misses.Add($"  {item.Id} negative  got {Describe(check)} :: {item.Text}");
                }
            }

            if (item.Expected == Dispositions.Normal)
            {
                score.Normal++;
                if (check.IsRedFlag && !accepted.Contains(check.Urgency))
                {
                    score.NormalEscalated++;
                    if (item.Tricky != "negative")
                    {
                        score.Misses.Add($"  {item.Id} normal    got {Describe(check)} :: {item.Text}");
                    }
                }
            }
        }

        return score;
    }

    /// <summary>Every tuning batch, one test case each.</summary>
    public static TheoryData<string> TuningFiles => new(TuningBatches.Keys);

    [Theory]
    [MemberData(nameof(TuningFiles))]
    public void TuningBatchHoldsItsGround(string file)
    {
        var score = Score(Load(file), TriageFixture.Content.Detector);
        var floor = TuningBatches[file];
        output.WriteLine($"{file}: {score}");
        output.WriteLine($"targets met: {score.MeetsTargets}");
        score.Misses.ForEach(output.WriteLine);

        floor.AssertHeldBy(file, score);
    }

    [Fact]
    public void HeldOutBatchesDoNotFallBelowTheirRecordedFigures()
    {
        foreach (var (file, floor) in HeldOutBatches)
        {
            var score = Score(Load(file), TriageFixture.Content.Detector);
            output.WriteLine($"{file} (held out): {score}");
            floor.AssertHeldBy(file, score);
        }
    }

    [Fact]
    public void EveryBatchInTheCorpusFolderIsEitherTuningOrHeldOut()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Triage", "Corpus");
        var files = Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileName).ToList();
        Assert.All(files, f => Assert.True(TuningBatches.ContainsKey(f!) ^ HeldOutBatches.ContainsKey(f!), $"{f}: listed in neither or both"));
        Assert.Equal(TuningBatches.Count + HeldOutBatches.Count, files.Count);
    }

    [Fact]
    public void BatchesAreLargeVariedAndLabelledWithKnownUrgencies()
    {
        var files = TuningBatches.Keys.Concat(HeldOutBatches.Keys).ToList();
        var all = files.SelectMany(Load).ToList();
        Assert.True(all.Count >= 600, $"{all.Count} labelled messages");
        Assert.All(all, i => Assert.True(Dispositions.IsKnown(i.Expected) || i.Expected == Dispositions.None, $"{i.Id}: unknown label {i.Expected}"));
        Assert.Equal(all.Count, all.Select(i => i.Id).Distinct().Count());
        Assert.All(files, f => Assert.Contains(Load(f), i => i.Tricky == "negative"));
    }

    private static string Describe(RedFlagCheck check) =>
        $"{check.Urgency}{(check.Ambiguous ? " (asked)" : string.Empty)} [{string.Join(",", check.Matches.Select(m => m.RuleId + (m.Ambiguous ? "?" : string.Empty)))}] {{{string.Join(" ", check.Mentions.Select(m => $"{m.Concept}{(m.Modifiers.Count > 0 ? "/" + string.Join("+", m.Modifiers) : string.Empty)}"))}}}";

    /// <summary>The figures a batch reached when recorded (docs/red-flag-understanding.md); a change may not fall below them.</summary>
    public sealed record Floor(double Emergency, double Urgent, double MaxGivenEmergency, double MaxAsked, double NormalKept)
    {
        public void AssertHeldBy(string file, CorpusScore score)
        {
            Assert.True(score.Recall(Dispositions.Emergency) >= Emergency, $"{file}: emergency recall fell below {Emergency:P0}: {score}");
            Assert.True(score.Recall(Dispositions.Urgent) >= Urgent, $"{file}: urgent recall fell below {Urgent:P0}: {score}");
            Assert.True(score.GivenEmergencyRate <= MaxGivenEmergency, $"{file}: more clear negatives given emergency advice than recorded: {score}");
            Assert.True(score.AskedRate <= MaxAsked, $"{file}: more clear negatives asked than recorded: {score}");
            Assert.True(score.NormalKept >= NormalKept, $"{file}: normal soreness escalated more than recorded: {score}");
        }
    }

    public sealed class CorpusFile
    {
        public List<CorpusItem> Items { get; set; } = [];
    }

    public sealed class CorpusItem
    {
        public string Id { get; set; } = "";

        public string Text { get; set; } = "";

        public string Expected { get; set; } = "";

        public List<string>? AlsoOk { get; set; }

        public string? Tricky { get; set; }

        public string? Note { get; set; }
    }

    public sealed class CorpusScore
    {
        private readonly Dictionary<string, (int Hit, int Total)> _recall = [];

        public List<string> Misses { get; } = [];

        public int Negatives { get; set; }

        public int NegativesGivenEmergency { get; set; }

        public int NegativesAsked { get; set; }

        public int Normal { get; set; }

        public int NormalEscalated { get; set; }

        public double AskedRate => Negatives == 0 ? 0 : (double)NegativesAsked / Negatives;

        public double GivenEmergencyRate => Negatives == 0 ? 0 : (double)NegativesGivenEmergency / Negatives;

        public double NormalKept => Normal == 0 ? 1 : 1 - ((double)NormalEscalated / Normal);

        public void Count(string label, bool hit)
        {
            var (h, t) = _recall.GetValueOrDefault(label);
            _recall[label] = (h + (hit ? 1 : 0), t + 1);
        }

        public bool MeetsTargets => Recall(Dispositions.Emergency) >= 1 && Recall(Dispositions.Urgent) >= 1 && NegativesGivenEmergency == 0 && AskedRate <= 0.10 && NormalKept >= 0.90;

        public double Recall(string label) => _recall.TryGetValue(label, out var r) && r.Total > 0 ? (double)r.Hit / r.Total : 1.0;

        public override string ToString()
        {
            var e = _recall.GetValueOrDefault(Dispositions.Emergency);
            var u = _recall.GetValueOrDefault(Dispositions.Urgent);
            return string.Create(CultureInfo.InvariantCulture,
                $"emergency recall {e.Hit}/{e.Total}, urgent recall {u.Hit}/{u.Total}, tricky negatives given 999 {NegativesGivenEmergency}/{Negatives}, asked {NegativesAsked}/{Negatives} ({AskedRate:P0}), normal kept at or below assess {Normal - NormalEscalated}/{Normal}");
        }
    }
}
