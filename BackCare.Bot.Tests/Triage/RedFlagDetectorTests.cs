using System.Text;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;

namespace BackCare.Bot.Tests.Triage;

/// <summary>
/// The safety net's matcher on its own (red-flags.en-GB.json): every rule fires on everyday wordings
/// of its symptom (slang, typos, third-person reports, word order), a negated, past or resolved
/// mention only asks a confirming question, and harmless uses of red-flag words stay quiet.
/// </summary>
public sealed class RedFlagDetectorTests
{
    private static RedFlagDetector Detector => TriageFixture.Content.Detector;

    /// <summary>A plain mention: the rule fires, at its urgency, and the message is not uncertain.</summary>
    public static TheoryData<string, string, string> PlainMentions => new()
    {
        // saddle area
        { "my bum has gone numb", "E-SADDLE", Dispositions.Emergency },
        { "I can't feel my bum when I sit down", "E-SADDLE", Dispositions.Emergency },
        { "sat on the loo and couldn't feel the toilet seat under me", "E-SADDLE", Dispositions.Emergency },
        { "it's like I'm sitting on a cushion that isn't there", "E-SADDLE", Dispositions.Emergency },
        { "tingling between my legs since this morning", "E-SADDLE", Dispositions.Emergency },
        { "my privates feel numb", "E-SADDLE", Dispositions.Emergency },
        { "when I wipe I can't really feel it", "E-SADDLE", Dispositions.Emergency },
        { "couldn't feel myself wiping", "E-SADDLE", Dispositions.Emergency },
        { "the insides of my thighs have gone numb", "E-SADDLE", Dispositions.Emergency },
        { "my backside feels like it belongs to someone else", "E-SADDLE", Dispositions.Emergency },
        { "dont have much feeling in my groin area", "E-SADDLE", Dispositions.Emergency },
        { "my husband says his balls are numb", "E-SADDLE", Dispositions.Emergency },
        { "I think I have cauda equina", "E-SADDLE", Dispositions.Emergency },
        { "I have experienced a loss of sensation in the perineal region", "E-SADDLE", Dispositions.Emergency },
        { "I have no feeling in my private part since morning", "E-SADDLE", Dispositions.Emergency },
        // bladder
        { "I can't pee", "E-BLADDER", Dispositions.Emergency },
        { "haven't been able to go for a wee since yesterday", "E-BLADDER", Dispositions.Emergency },
        { "been needing a wee for hours and nothing will come out", "E-BLADDER", Dispositions.Emergency },
        { "I keep peeing myself without realising", "E-BLADDER", Dispositions.Emergency },
        { "had to start wearing pads because I keep leaking", "E-BLADDER", Dispositions.Emergency },
        { "I can't tell when I'm actually going", "E-BLADDER", Dispositions.Emergency },
        { "I don't know if my bladder is full or not", "E-BLADDER", Dispositions.Emergency },
        { "my waterworks have gone funny since the massage", "E-BLADDER", Dispositions.Emergency },
        { "my mum has wet herself twice today", "E-BLADDER", Dispositions.Emergency },
        { "my son (30) has wet himself twice since his back went", "E-BLADDER", Dispositions.Emergency },
        { "I'm 40 and I've started wetting the bed", "E-BLADDER", Dispositions.Emergency },
        { "my husband cannot control his toilet since yesterday", "E-BLADDER", Dispositions.Emergency },
        { "Watched a film with the kids, went to bed. Woke up at 6 needing the loo and I couldn't go.", "E-BLADDER", Dispositions.Emergency },
        // bladder: the second clause of "I need a wee but I can't"
        { "I need a wee but I can't go", "E-BLADDER-RETENTION", Dispositions.Emergency },
        { "feel like I need the loo but nothing comes out", "E-BLADDER-RETENTION", Dispositions.Emergency },
        // bowel
        { "I've pooed myself and didn't notice", "E-BOWEL", Dispositions.Emergency },
        { "lost control of my bowels this morning", "E-BOWEL", Dispositions.Emergency },
        { "dont realise i need a poo until its too late", "E-BOWEL", Dispositions.Emergency },
        { "my mum (71) has soiled herself and can't feel it happening", "E-BOWEL", Dispositions.Emergency },
        { "I messed myself in bed last night and didn't wake up", "E-BOWEL", Dispositions.Emergency },
        { "poo'd myself", "E-BOWEL", Dispositions.Emergency },
        // both legs, a leg getting weaker, foot drop
        { "both my legs are numb and tingly", "E-BOTH-LEGS", Dispositions.Emergency },
        { "shooting pains down the backs of both legs", "E-BOTH-LEGS", Dispositions.Emergency },
        { "my left leg and my right leg are both tingly", "E-BOTH-LEGS", Dispositions.Emergency },
        { "bilateral leg tingling since yesterday", "E-BOTH-LEGS", Dispositions.Emergency },
        { "the sciatica has spread to the other leg now", "E-BOTH-LEGS", Dispositions.Emergency },
        { "my legs keep giving way", "E-BOTH-LEGS", Dispositions.Emergency },
        { "numb from the waist down", "E-BOTH-LEGS", Dispositions.Emergency },
        { "my right leg is getting weaker and weaker", "E-BOTH-LEGS", Dispositions.Emergency },
        { "weakness in my right leg that's getting worse by the hour", "E-BOTH-LEGS", Dispositions.Emergency },
        { "I can barely feel my feet", "E-BOTH-LEGS", Dispositions.Emergency },
        { "my leg went completely dead and i fell over in the kitchen", "E-BOTH-LEGS", Dispositions.Emergency },
        { "I can't lift the front of my foot, it just flops down", "E-BOTH-LEGS", Dispositions.Emergency },
        { "keep catching my toes on the pavement, my foot is dragging", "E-BOTH-LEGS", Dispositions.Emergency },
        // sexual function
        { "since the massage I can't get an erection", "E-SEXUAL", Dispositions.Emergency },
        { "things in the bedroom department have stopped working", "E-SEXUAL", Dispositions.Emergency },
        { "couldn't feel anything during sex last night", "E-SEXUAL", Dispositions.Emergency },
        { "i cant get hard anymore", "E-SEXUAL", Dispositions.Emergency },
        // chest, breathlessness
        { "my chest hurts as well as my back", "E-CHEST", Dispositions.Emergency },
        { "the pain goes right through from my back to my chest", "E-CHEST", Dispositions.Emergency },
        { "my calf has been swollen and now I'm suddenly really out of breath", "E-CHEST", Dispositions.Emergency },
        { "sore calf, and now I can't catch my breath", "E-CHEST", Dispositions.Emergency },
        { "I'm really short of breath", "E-CHEST", Dispositions.Emergency },
        { "my chest's tight", "E-CHEST", Dispositions.Emergency },
        { "back pain spreading down my left arm", "E-CHEST", Dispositions.Emergency },
        // serious accident
        { "I was in a car crash on Friday", "E-INJURY", Dispositions.Emergency },
        { "knocked off my bike by a van on Tuesday", "E-INJURY", Dispositions.Emergency },
        { "fell through the loft hatch onto the landing", "E-INJURY", Dispositions.Emergency },
        { "fell from the top of a ladder", "E-INJURY", Dispositions.Emergency },
        { "came off my motorbike at 40mph", "E-INJURY", Dispositions.Emergency },
        // a minor fall when bones may be fragile
        { "Mum is 79, had a little fall in the garden", "E-FALL-FRAGILE", Dispositions.Emergency },
        { "I've got osteoperosis and slipped on the wet floor", "E-FALL-FRAGILE", Dispositions.Emergency },
        { "been on steroids for my asthma for years and I sat down hard when I missed the chair", "E-FALL-FRAGILE", Dispositions.Emergency },
        { "my dad is 84 and he sat down too hard on the edge of the bath", "E-FALL-FRAGILE", Dispositions.Emergency },
        { "grandad fell in the garden, hes 80", "E-FALL-FRAGILE", Dispositions.Emergency },
        // pregnant with loss of feeling
        { "I'm 32 weeks pregnant and I can't feel my left leg properly", "E-PREGNANT-NUMB", Dispositions.Emergency },
        { "pregnant and my foot has gone numb", "E-PREGNANT-NUMB", Dispositions.Emergency },
        // urgent
        { "I've got a temperature of 38.6", "U-FEVER", Dispositions.Urgent },
        { "boiling hot then freezing cold all night", "U-FEVER", Dispositions.Urgent },
        { "been sweating buckets at night and shivering", "U-FEVER", Dispositions.Urgent },
        { "lost about a stone without trying", "U-WEIGHT-LOSS", Dispositions.Urgent },
        { "lost nearly 2 stone since christmas and I haven't changed what I eat", "U-WEIGHT-LOSS", Dispositions.Urgent },
        { "weight's dropping off me for no reason", "U-WEIGHT-LOSS", Dispositions.Urgent },
        { "my clothes are hanging off me", "U-WEIGHT-LOSS", Dispositions.Urgent },
        { "found a swelling next to my spine", "U-LUMP", Dispositions.Urgent },
        { "there's a lump on my lower back", "U-LUMP", Dispositions.Urgent },
        { "my back looks a different shape, kind of curving to one side", "U-LUMP", Dispositions.Urgent },
        { "my spine is curving to the left", "U-LUMP", Dispositions.Urgent },
        { "the pain doesn't get any better when I lie down", "U-NIGHT-REST", Dispositions.Urgent },
        { "resting makes no difference whatsoever", "U-NIGHT-REST", Dispositions.Urgent },
        { "the pain gets me every night and wakes me up", "U-NIGHT-REST", Dispositions.Urgent },
        { "it's much worse at night", "U-NIGHT-REST", Dispositions.Urgent },
        { "it's worst when I'm trying to sleep", "U-NIGHT-REST", Dispositions.Urgent },
        { "every time I cough I get a stabbing pain", "U-COUGH-SNEEZE", Dispositions.Urgent },
        { "coughing makes my lower back absolutely scream", "U-COUGH-SNEEZE", Dispositions.Urgent },
        { "it really hurts when I'm on the loo doing a poo", "U-COUGH-SNEEZE", Dispositions.Urgent },
        { "hurts to sneeze", "U-COUGH-SNEEZE", Dispositions.Urgent },
        { "the pain is between my shoulder blades", "U-UPPER-BACK", Dispositions.Urgent },
        { "I had breast cancer and this back pain is new", "U-CANCER", Dispositions.Urgent },
        { "i had bowel cancer 3 years ago and now i've got back pain", "U-CANCER", Dispositions.Urgent },
        { "I'm on methotrexate for my arthritis", "U-IMMUNE", Dispositions.Urgent },
        { "I had a UTI a few days ago", "U-INFECTION", Dispositions.Urgent },
        { "my left calf is swollen and warm", "U-CLOT", Dispositions.Urgent },
        { "one of my legs is a lot fatter than the other", "U-CLOT", Dispositions.Urgent },
        { "cramping pain in one calf that won't go away", "U-CLOT", Dispositions.Urgent },
        { "my right calf is sore and tight and feels hot", "U-CLOT", Dispositions.Urgent },
        { "35 weeks, back pain and my hands and face have suddenly swollen up", "U-PREGNANT-WORRY", Dispositions.Urgent },
        { "I'm 20 weeks pregnant and there's some bleeding", "U-PREGNANT-WORRY", Dispositions.Urgent },
        { "I fell over on the ice yesterday", "U-FALL", Dispositions.Urgent },
    };

    /// <summary>Typos and text-speak still fire the rule plainly.</summary>
    public static TheoryData<string, string> Misspellings => new()
    {
        { "numbnes down below", "E-SADDLE" },
        { "tingleing in my genitles", "E-SADDLE" },
        { "omg my bum n inner thighs r numb", "E-SADDLE" },
        { "cnt feel my arse", "E-SADDLE" },
        { "blader problems, cant controll it", "E-BLADDER" },
        { "Is incontinance a side effect of massage", "E-BLADDER" },
        { "bothe legs are tingley", "E-BOTH-LEGS" },
        { "siatica down both legs", "E-BOTH-LEGS" },
        { "shortness of breth", "E-CHEST" },
        { "got a temprature and feel all shivvery", "U-FEVER" },
        { "pain inbetween my sholder blades", "U-UPPER-BACK" },
        { "my calf is swolen", "U-CLOT" },
        { "im 28 wks pregnent and bleeding", "U-PREGNANT-WORRY" },
    };

    /// <summary>A live emergency flag beside a negated other flag is still a plain emergency.</summary>
    public static TheoryData<string, string> PlainDespiteOtherNegations => new()
    {
        { "no fever or anything but I can't feel my bum when I sit down", "E-SADDLE" },
        { "Not in much pain at all really, but I've wet myself twice today", "E-BLADDER" },
        { "It doesn't hurt that much, my back's fine really, it's just that both legs have gone tingly", "E-BOTH-LEGS" },
        { "no temp or anything, back not too bad, but ive lost all feeling in my willy", "E-SADDLE" },
    };

    /// <summary>Negated mentions: the rule is found, but only a confirming question is asked.</summary>
    public static TheoryData<string, string> Negated => new()
    {
        { "no numbness around my bum at all, just sore", "E-SADDLE" },
        { "I don't think I have any numbness down below?", "E-SADDLE" },
        { "no tingling in my groin I think", "E-SADDLE" },
        { "no numbness at all", "E-NUMBNESS" },
        { "I can't say I've got numbness, just achy", "E-NUMBNESS" },
        { "no problems with my bladder", "E-BLADDER" },
        { "never had any bladder issues, just tender", "E-BLADDER" },
        { "no bowel problems", "E-BOWEL" },
        { "both legs are fine, no numbness in either leg", "E-BOTH-LEGS" },
        { "don't have any chest pain, just a dull ache", "E-CHEST" },
        { "no fever or anything, just stiff", "U-FEVER" },
        { "no sign of swelling or lumps", "U-LUMP" },
    };

    /// <summary>Past events (years ago, last year, when pregnant with my first): a confirming question only.</summary>
    public static TheoryData<string, string> Past => new()
    {
        { "I had numbness last year", "E-NUMBNESS" },
        { "I had numbness in my bum last year but it's fine now", "E-SADDLE" },
        { "When I was pregnant with my first I had sciatica in both legs", "E-BOTH-LEGS" },
        { "I broke my back in a car crash in 2015", "E-INJURY" },
        { "used to have a problem with my waterworks", "E-BLADDER" },
        { "I've had bladder problems for years", "E-BLADDER" },
        { "years ago I lost control of my bowels after an operation", "E-BOWEL" },
        { "had a fever last year", "U-FEVER" },
        { "I had a kidney infection years ago", "U-INFECTION" },
    };

    /// <summary>Mentions said to have passed: a confirming question only.</summary>
    public static TheoryData<string, string> Resolved => new()
    {
        { "my legs felt a bit numb on the couch but that went as soon as I got up", "E-BOTH-LEGS" },
        { "my bum went numb for a bit, it went away after an hour", "E-SADDLE" },
        { "I had tingling in my bum yesterday but it's fine now", "E-SADDLE" },
        { "the tingling in my groin wore off after an hour", "E-SADDLE" },
        { "had a temperature on Monday, all cleared up", "U-FEVER" },
    };

    /// <summary>Harmless uses of red-flag words: nothing fires.</summary>
    public static TheoryData<string> Traps => new()
    {
        "the massage didn't help",
        "my saddle is too high on my bike",
        "My riding instructor keeps telling me I slouch in the saddle",
        "I was building a chest of drawers all afternoon",
        "Can you do a chest and shoulders massage or is it just backs?",
        "I fell asleep during the massage, is that ok?",
        "Honestly I'm numb to the bad news at work",
        "I've got pins and needles of excitement, first ever massage tomorrow!",
        "Burning question: do you sell gift vouchers?",
        "Running late, there's been a crash on the A3",
        "Fell off the wagon with my stretches this week",
        "Nearly fell off my chair when I saw the parking charges",
        "I can't come on Friday, can I rebook?",
        "I can't get up early on Saturdays, any afternoon slots?",
        "the therapist worked on my erector spinae",
        "I messed myself up lifting boxes",
        "I'll be a wee bit late",
        "Is there a toilet at the clinic?",
        "I couldn't make it in time for my appointment, sorry",
        "my bike saddle is too high, could that be why my back aches?",
        "I pulled my back moving a chest of drawers",
        "the bottom of my back is sore",
        "pain on both sides of my lower back",
        "both my knees ache",
        "I hurt my back when I bent down to pick up the kids' toys",
        "woke up this morning with a stiff back",
        "legs feel heavy after the massage, is that normal?",
        "should I use hot or cold packs?",
        "I'm expecting a parcel, can I move my appointment?",
        "my nan (85) is going on a trip to Spain, can she have a massage first?",
        "Do I need to bring anything to my first appointment?",
        "pins and needles in my hand",
        "tingling in the balls of my feet",
        "numbness on the bottom of my foot",
    };

    /// <summary>Harmless uses that mention a red flag about someone else, a pet or an idiom: never a plain escalation.</summary>
    public static TheoryData<string> TrapsNeverPlain => new()
    {
        "Can I move tomorrow's appointment? The kids wet the bed and I've had no sleep",
        "The twins are potty training and keep wetting the bed so I'm knackered",
        "my cat can't control her bladder anymore and I'm taking her to the vet",
        "i feel like ive been hit by a bus lol but in a good way, just achy",
        "The music in the room gave me chills, in a good way",
        "It's fever pitch in our house with the Euros",
        "My legs were like jelly when I left, I was that relaxed!",
        "Is it worth having a massage before my half marathon or will it leave my legs feeling weak?",
        "I wet myself laughing at the telly",
        "my bum went numb on the bike ride yesterday",
        "I'm 80 and fell asleep during my massage",
        "Can I pay a lump sum for a block of 6 sessions?",
        "I've lost weight on purpose, about 2 stone with Slimming World",
        "no bladder or bowel issues, the massage was great",
        "my toddler wet herself in the waiting room, sorry!",
        "my son wet the bed last night so I'm shattered",
        "I sat for ages in the waiting room, bum went a bit dead lol",
        "I have a sports massage booked, will my legs feel weak for my match on Saturday?",
    };

    [Theory]
    [MemberData(nameof(PlainMentions))]
    public void APlainMentionFiresItsRuleAtItsUrgency(string message, string ruleId, string urgency)
    {
        var check = Detector.Check(message);

        Assert.True(check.Matches.Any(m => m.RuleId == ruleId && !m.Ambiguous), $"'{message}': {Describe(check)}");
        Assert.Equal(urgency, check.Urgency);
        Assert.False(check.Ambiguous, $"'{message}' should be plain: {Describe(check)}");
    }

    [Theory]
    [MemberData(nameof(Misspellings))]
    public void MisspellingsAndTextSpeakStillFire(string message, string ruleId)
    {
        var check = Detector.Check(message);

        Assert.True(check.Matches.Any(m => m.RuleId == ruleId && !m.Ambiguous), $"'{message}': {Describe(check)}");
        Assert.False(check.Ambiguous);
    }

    [Theory]
    [MemberData(nameof(PlainDespiteOtherNegations))]
    public void ANegationOnlyCoversItsOwnClause(string message, string ruleId)
    {
        var check = Detector.Check(message);

        Assert.Equal(Dispositions.Emergency, check.Urgency);
        Assert.False(check.Ambiguous, $"'{message}': {Describe(check)}");
        Assert.Contains(ruleId, check.Rules);
    }

    [Theory]
    [MemberData(nameof(Negated))]
    [MemberData(nameof(Past))]
    [MemberData(nameof(Resolved))]
    public void ANegatedPastOrResolvedMentionOnlyAsks(string message, string ruleId)
    {
        var check = Detector.Check(message);

        Assert.True(check.Matches.Any(m => m.RuleId == ruleId && m.Ambiguous), $"'{message}': {Describe(check)}");
        Assert.DoesNotContain(check.Matches, m => !m.Ambiguous);
        Assert.True(check.IsRedFlag && check.Ambiguous, $"'{message}': {Describe(check)}");
        Assert.False(check.WithoutAmbiguous().IsRedFlag);
    }

    [Fact]
    public void NumbnessWithoutAPlaceIsNeverPlainAndAsksTheSaddleQuestion()
    {
        var rule = TriageFixture.Content.RedFlag("E-NUMBNESS");
        var check = Detector.Check("I've got some numbness and tingling since the massage");

        Assert.Equal("confirm_saddle", rule.Confirm);
        Assert.Equal(Dispositions.Emergency, check.Urgency);
        Assert.True(check.Ambiguous);
        Assert.Equal(["E-NUMBNESS"], check.Rules);
    }

    [Theory]
    [MemberData(nameof(Traps))]
    public void HarmlessUsesOfRedFlagWordsDoNotFire(string message)
    {
        var check = Detector.Check(message);

        Assert.False(check.IsRedFlag, $"'{message}': {Describe(check)}");
    }

    [Theory]
    [MemberData(nameof(TrapsNeverPlain))]
    public void RedFlagWordsAboutPetsChildrenOrIdiomsNeverEscalatePlainly(string message)
    {
        var check = Detector.Check(message);

        Assert.DoesNotContain(check.Matches, m => !m.Ambiguous);
    }

    [Fact]
    public void ARedFlagAtTheEndOfAVeryLongMessageIsCaught()
    {
        var builder = new StringBuilder();
        while (builder.Length < 10_000 - 60)
        {
            builder.Append("Had a lovely massage, the room was calm and the traffic was awful. ");
        }

        var message = builder.Append("Only thing is I can't feel my bum.").ToString();
        var check = Detector.Check(message);

        Assert.True(message.Length >= 10_000);
        Assert.Equal(Dispositions.Emergency, check.Urgency);
        Assert.False(check.Ambiguous);
        Assert.Contains("E-SADDLE", check.Rules);
    }

    [Fact]
    public void AVeryLongMessageWithoutARedFlagIsNone()
    {
        var message = string.Concat(Enumerable.Repeat("My back is a bit achy after the massage but easing. ", 250));

        Assert.False(Detector.Check(message).IsRedFlag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void EmptyMessagesAreNone(string? message) => Assert.Same(RedFlagCheck.None, Detector.Check(message));

    [Fact]
    public void EveryRuleInTheFileHasACase()
    {
        var covered = PlainMentions.Select(row => (string)row[1])
            .Concat(Misspellings.Select(row => (string)row[1]))
            .Concat(Negated.Concat(Past).Concat(Resolved).Select(row => (string)row[1]))
            .ToHashSet(StringComparer.Ordinal);
        var plain = PlainMentions.Select(row => (string)row[1]).ToHashSet(StringComparer.Ordinal);
        var ids = TriageFixture.Content.File.RedFlags.Select(r => r.Id).ToList();

        var uncovered = ids.Where(id => !covered.Contains(id)).ToList();
        var unknown = covered.Where(id => !ids.Contains(id)).ToList();

        Assert.NotEmpty(ids);
        Assert.True(uncovered.Count == 0, "rules without a case: " + string.Join(", ", uncovered));
        Assert.True(unknown.Count == 0, "cases naming a rule that is not in the file: " + string.Join(", ", unknown));
        // Every rule but the always-uncertain E-NUMBNESS has a plain mention.
        Assert.Equal(["E-NUMBNESS"], ids.Where(id => !plain.Contains(id)));
    }

    [Fact]
    public void EachPlainCaseExpectsItsRulesUrgency()
    {
        foreach (var rule in TriageFixture.Content.File.RedFlags)
        {
            Assert.Contains(rule.Urgency, new[] { Dispositions.Emergency, Dispositions.Urgent });
        }

        foreach (var row in PlainMentions)
        {
            var ruleId = (string)row[1];
            Assert.Equal(TriageFixture.Content.RedFlag(ruleId).Urgency, (string)row[2]);
        }
    }

    private static string Describe(RedFlagCheck check) =>
        $"{check.Urgency}{(check.Ambiguous ? " (ambiguous)" : string.Empty)} [{string.Join(", ", check.Matches.Select(m => m.RuleId + (m.Ambiguous ? "~" : string.Empty)))}]";
}
