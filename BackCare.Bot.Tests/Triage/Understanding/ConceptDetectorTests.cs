using BackCare.Bot.Content;
using BackCare.Bot.Tests.Support;
using BackCare.Bot.Triage;
using BackCare.Bot.Triage.Understanding;

namespace BackCare.Bot.Tests.Triage.Understanding;

/// <summary>
/// The concept-and-context pipeline, piece by piece: each concept is found in everyday words, each
/// ConText modifier covers what it should and stops at its scope, and each rule fires only on its
/// combination. Cases are written per concept and context, not per corpus sentence.
/// </summary>
public sealed class ConceptDetectorTests
{
    private static RedFlagDetector Detector => TriageFixture.Content.Detector;

    private static ConceptReading Read(string message) => Detector.Concepts.Read(message);

    /// <summary>The urgency the safety net gives the message, "none" when it finds no red flag.</summary>
    private static void AssertUrgency(string message, string expected)
    {
        var check = Detector.Check(message);
        Assert.Equal(expected, check.IsRedFlag ? check.Urgency : "none");
    }

    [Theory]
    [InlineData("my bum is numb", "altered_sensation", "saddle_site")]
    [InlineData("pins and needles in my privates", "altered_sensation", "saddle_site")]
    [InlineData("cant feel the toilet paper when i wipe", "altered_sensation", "saddle_site")]
    [InlineData("it feels like I'm sitting on a bike saddle", "altered_sensation", "saddle_site")]
    [InlineData("my leg keeps giving way", "weakness", "leg")]
    [InlineData("both feet are tingling", "altered_sensation", "both_sides")]
    [InlineData("I can't pee at all", "retention", "urination")]
    [InlineData("I wet myself without noticing", "incontinence")]
    [InlineData("crushing pressure in my chest", "chest_pressure", "chest")]
    [InlineData("I've been on prednisolone for years", "fragile_bones", "immune")]
    [InlineData("I'm 32 weeks pregnant and bleeding", "pregnancy", "bleeding")]
    [InlineData("I fell off a ladder", "serious_accident")]
    [InlineData("burning up and shivering", "fever")]
    [InlineData("pain between my shoulder blades", "pain", "upper_back")]
    [InlineData("lijeva noga has trnci since the massage", "leg", "altered_sensation")]
    [InlineData("my left leg keeps givin way", "weakness", "leg")]
    [InlineData("some ant walking feeling down my left leg", "altered_sensation", "leg")]
    [InlineData("it's like someone drilling between my shoulder blades", "pain", "upper_back")]
    public void ConceptsAreFoundInEverydayWords(string message, params string[] concepts)
    {
        var found = Read(message).Mentions.Select(m => m.Concept).ToHashSet();
        Assert.All(concepts, c => Assert.True(found.Contains(c), $"'{message}' should mention {c}; found {string.Join(", ", found)}"));
    }

    [Theory]
    [InlineData("numbnes in my buttocks")]
    [InlineData("tinglling round my genitles")]
    [InlineData("my bum is numm")]
    public void MisspellingsAreMatchedTolerantly(string message) =>
        Assert.Contains("E-SADDLE", Detector.Check(message).Rules);

    [Theory]
    [InlineData("bth lgs nmb", "numb")]
    [InlineData("tght chst", "chest")]
    [InlineData("clf swln", "calf")]
    public void AWordTypedWithoutItsVowelsIsTheOneConceptWordWithItsConsonants(string message, string word) =>
        AssertReadAs(message, word);

    [Theory]
    [InlineData("bk", "bk")]
    [InlineData("Mrs Patel", "mrs")]
    [InlineData("my ckd clinic", "ckd")]
    public void AnAmbiguousOrKnownAbbreviationIsLeftAsTyped(string message, string word) =>
        AssertReadAs(message, word);

    [Theory]
    [InlineData("my father had a massage", "father")]
    [InlineData("I need a number for the clinic", "number")]
    [InlineData("I fell off a ladder", "ladder")]
    [InlineData("my tutor says the exam is on Friday", "tutor")]
    [InlineData("I'm leaving at five", "leaving")]
    public void RealWordsAreNeverCorrectedIntoSymptoms(string message, string word) =>
        AssertReadAs(message, word);

    /// <summary>The message's words, as the concepts read them after spelling, include <paramref name="word"/>.</summary>
    private static void AssertReadAs(string message, string word) =>
        Assert.Contains(Detector.Concepts.Text.Tokenize(message), t => t.Text == word);

    [Theory]
    [InlineData("wats saddle anaesthesia? just curious", "none")]
    [InlineData("What in the name of God is saddle anaesthesia? Seen it on a poster. I've no bother myself, just curious.", "none")]
    [InlineData("What's this saddle numbness thing I keep seeing on your leaflet? Just wondering, I'm fine.", "none")]
    [InlineData("I have saddle anaesthesia since the massage. Just curious what I should do.", "emergency")]
    [InlineData("I've got saddle numbness, I'm fine otherwise, what do I do", "emergency")]
    [InlineData("What is saddle anaesthesia? Since the massage I can't feel the paper when I wipe. Just curious.", "emergency")]
    public void AClinicalTermAskedAboutOutOfCuriosityIsNotTheWritersSign(string message, string expected)
    {
        // The term's own words are set aside only when the message says it is asked out of curiosity and the writer
        // does not claim the term earlier in its sentence; other words for the same sign are read as usual.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("'Any numbness around your bottom or genitals?' No. 'Any problems with bladder or bowels?' No.", "none")]
    [InlineData("I ask her: any numb in the bottom? She say no.", "none")]
    [InlineData("they asked about numbness, wee, poo, legs and fever, and I said no to everything", "none")]
    [InlineData("Any numbness in the saddle area? Yes.", "emergency")]
    [InlineData("Any numbness down below? No. Both legs are weak though.", "emergency")]
    [InlineData("Is it normal that I can't control my bladder? No?", "emergency")]
    [InlineData("Both my legs have gone numb. No.", "emergency")]
    [InlineData("Is it normal to be numb down below? No.", "emergency")]
    [InlineData("is it normal that I can't feel the toilet paper? they said no", "emergency")]
    public void AQuestionAnsweredNoDeniesOnlyWhatItAsked(string message, string expected)
    {
        // "No" right after a question (after a closing quote, or said by someone named) denies that question's signs,
        // as does "I said no to everything" after a list; a tag question ("…my bladder? No?"), a "No." after a
        // statement and a "no" to whether the sign is normal deny nothing, and a sign told after the answer is read as usual.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Any numbness, tingling or loss of feeling around your bottom, genitals or inner thighs? No.", "none")]
    [InlineData("1. Numbness in the saddle area: no.\n2. Change in bladder control: no.\n3. Symptoms in both legs: no.", "none")]
    [InlineData("Loss of feeling when wiping – nil", "none")]
    [InlineData("Both legs numb since yesterday, bladder: no", "emergency")]
    [InlineData("Numbness in the saddle area: no change, still there", "emergency")]
    [InlineData("1. Numbness in the saddle area: yes.\n2. Change in bladder control: no.", "emergency")]
    [InlineData("Can you feel your legs? No, both feel dead.", "emergency")]
    [InlineData("Numb down below since the massage? No, since yesterday.", "emergency")]
    [InlineData("? no", "none")]
    public void AOneWordNoDeniesTheWholeQuestionOrChecklistItemItAnswers(string message, string expected)
    {
        // The "no" reaches back over its whole question, or its checklist item to the last comma, however long it is;
        // not over an earlier item, not when followed by more words ("no change"), and over a question only when the
        // "No." ends its sentence ("No, since yesterday" corrects a detail). A message that opens with its question mark is
        // read, not thrown on.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Legs? Fine. Waterworks? Fine. Back? Sore.", "none")]
    [InlineData("Legs? Numb. Waterworks? Fine.", "emergency")]
    [InlineData("Numb bum? Fine, apart from both legs going numb.", "emergency")]
    [InlineData("Is it normal to have a numb bum? Fine, I'll ring.", "emergency")]
    public void AOneWordAllClearAnswersItsQuestion(string message, string expected)
    {
        // "Fine", "Normal" or "OK" as the whole answer to a checklist's question denies what it asked, like "No."; a word
        // that goes on ("Fine, apart from…") or answers whether a sign is normal denies nothing.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Before the massage she asked me: numb? toilet problem? fever? cancer? All no. Only sore today.", "none")]
    [InlineData("Any numbness down below? Fever? All fine.", "none")]
    [InlineData("Numb bum? Both legs weak? Yes, both. All no otherwise.", "emergency")]
    [InlineData("Numb? Weak legs? All of it, since this morning.", "emergency")]
    [InlineData("Is it normal to be numb down there? Fever? All no.", "emergency")]
    [InlineData("?? All no.", "none")]
    [InlineData("Fever? Is it normal to be numb down there? All no.", "emergency")]
    public void ShortQuestionsAnsweredAllNoAreDeniedTogether(string message, string expected)
    {
        // A run of short questions answered at once ("All no.", "All fine.") is one checklist line; an answer that is not
        // all-clear, or that comes after a "Yes", denies nothing, and nor does one to a run that asks whether a sign is normal;
        // a message that opens with its question mark is read, not thrown on.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Me foot went to sleep on the table, back to normal before I'd even paid.", "none")]
    [InlineData("My foot went numb on the table and it was still numb before I paid.", "urgent")]
    public void TheLongerOfTwoOverlappingCuesIsTheOneMeant(string message, string expected)
    {
        // "normal before" is a pseudo cue ("I was fine before the massage"), but inside "back to normal before" the
        // resolution is meant, as medspaCy keeps the longest of overlapping matches.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("I'm nineteen, never had back trouble, and for three weeks I've had back pain for no reason.", "urgent")]
    [InlineData("I'm sixty-seven and never had back pain before, it started three weeks ago for no reason.", "urgent")]
    [InlineData("Thirty-three weeks pregnant and bleeding heavily since this morning.", "emergency")]
    public void NumbersWrittenAsWordsReadAsFigures(string message, string expected)
    {
        // An age or a week of pregnancy reads the same as words or figures ("sixty-seven" is 67).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("I read about numbness in the saddle area. I haven't got that, just a stiff back.", "none")]
    [InlineData("My legs went numb this morning. I haven't got it checked yet.", "emergency")]
    [InlineData("If my husband typed in here that he couldn't feel his legs, would this chat tell him to ring 999?", "none")]
    [InlineData("I can't feel my legs and I typed it in here because I don't know what to do.", "emergency")]
    public void WhatTheWriterHasNotGotAndWhatTheyWouldTypeAreNotSigns(string message, string expected)
    {
        // "I haven't got that" ending its clause denies the sign named before it, but "haven't got it checked" does not;
        // a question about what the bot would say to a message typed is about the bot, not a sign typed now.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("I fell about 12 feet from the hayloft onto concrete an hour ago. Lower back pain now.", "emergency")]
    [InlineData("Slipped off the roof, an 8 foot drop, landed on my back.", "emergency")]
    [InlineData("my nanu is 77 and in his whole life he never had back pain, not once. now past 10 days it started, no fall no lifting nothing.", "urgent")]
    [InlineData("Since the back went on Saturday nowt's working down below. Never been a problem before.", "emergency")]
    [InlineData("I tell my team my back is dead after the massage haha. Legs fine, everything fine.", "none")]
    [InlineData("Back is dead after the massage. Legs numb, both of them.", "emergency")]
    [InlineData("I'm a bit of a car crash this week diary-wise. Can we move Thursday?", "none")]
    [InlineData("I was in a car crash this week and my back is killing me.", "emergency")]
    public void SignsInOtherWordsAndLookAlikesInTheSameWords(string message, string expected)
    {
        // A height in feet, a lifetime without back pain (not a past the writer is over), a euphemism; and the same words
        // harmless: "legs fine" denies the legs, a diary that is a car crash is not an accident, an 8 foot drop is not a foot drop.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Many moons ago, in my twenties, I had sciatica in both legs that took a year to heal.", "none")]
    [InlineData("Years ago, I had numbness in both legs for a month.", "none")]
    [InlineData("Years ago, I had numbness in both legs, now both legs are numb again.", "emergency")]
    [InlineData("Last year, I had chemo, new back pain now", "urgent")]
    [InlineData("Many years ago, now both my legs are numb and I can't feel my bum", "emergency")]
    [InlineData("Kidney transplant in 2019, on tacrolimus, new lower back pain since the weekend.", "urgent")]
    public void ATimeThatOpensItsSentenceFramesTheSentenceUntilItComesBackToNow(string message, string expected)
    {
        // "Many moons ago," set off by a comma frames what follows in its sentence; a clause that starts with "now",
        // "new", "since" and the like is the present again, and a history stays the point of a history rule.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Should a client collapse with chest pain on your premises, is there a defibrillator?", "none")]
    [InlineData("I wonder what one ought to do should one ever experience a loss of sensation in the nether regions.", "none")]
    [InlineData("I hear on the TV that back pain with chest pain is dangerous. I have no chest pain.", "none")]
    [InlineData("Read in the Western Mail that a numb bum with back pain means go to hospital. Is that right?", "none")]
    [InlineData("Should I go to A&E? I have chest pain and my back hurts.", "emergency")]
    [InlineData("I read the leaflet. My bum has gone numb since last night.", "emergency")]
    public void GeneralQuestionsAndThingsReadOrHeardAreNotTheWritersSigns(string message, string expected)
    {
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("my left calf is throbbing and swollen, right is fine", "urgent")]
    [InlineData("Laughed so hard I nearly wet myself. Back's a bit sore.", "none")]
    [InlineData("I've wet myself twice today without feeling it and my back is agony", "emergency")]
    [InlineData("I gather from the NHS website that one should ring 999 for saddle numbness.", "none")]
    [InlineData("Bug report: the FAQ says 'call 999 if you can't pee'. Just flagging.", "none")]
    [InlineData("I can't pee since this morning and my back is killing me", "emergency")]
    [InlineData("back in '86 I had a bad back where I couldn't pee proper, right as rain since", "none")]
    [InlineData("My son says he 'can't feel his legs anymore' - he's being dramatic, he walked home fine", "none")]
    [InlineData("After massage my foot tingle, after 2 minute it finish. Now only back little sore.", "none")]
    [InlineData("After massage I don't feel when I wipe and I don't feel when the wee finish. Two days now.", "emergency")]
    [InlineData("6 wks now. back not 1% better", "urgent")]
    [InlineData("Had a cancer scare last year, turned out benign. Back sore after the massage.", "none")]
    public void WhatNearlyHappenedWhatOthersSayAndTheOtherSideAreNotTheWritersSigns(string message, string expected)
    {
        // Rounds 60 and 61: a statement about the other side denies only that side; what nearly happened, what a FAQ or
        // "one" should do, a two-digit past year, someone "being dramatic", a brief tingle that "finish" and a cancer
        // "scare" are not signs; the same words told plainly still are.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("numb saddle - no / bladder change - no / bowel change - no", "E-SADDLE")]
    [InlineData("fever: no / weight loss: no / night pain: no / soreness after massage: yes, mild", "U-FEVER")]
    public void ASpacedSlashSeparatesAChecklistsItemsSoEachAnswerBelongsToItsOwn(string message, string rule)
    {
        // Without the slash as a separator, "no" before "/ bladder" was not the last word of its item, so it denied nothing.
        Assert.DoesNotContain(rule, Detector.Check(message).Rules);
        AssertReadAs("pain 7/10", "7/10");
        Assert.Contains(rule, Detector.Check(message.Replace(" - no / ", " yes / ").Replace(": no / ", ": yes / ")).Rules);
    }

    [Theory]
    [InlineData("no numbness in my bum", ModifierCategories.Negated)]
    [InlineData("my bum isn't numb at all", ModifierCategories.Negated)]
    [InlineData("what if my bum went numb?", ModifierCategories.Hypothetical)]
    [InlineData("what are the signs of numbness down there, just wondering", ModifierCategories.Hypothetical)]
    [InlineData("my bum went numb on the train but it went away when I stood up", ModifierCategories.Resolved)]
    [InlineData("I've had a weak bladder for years", ModifierCategories.Chronic)]
    [InlineData("I think my bum might be a bit numb", ModifierCategories.Hedged)]
    [InlineData("my wife says her bum is numb", ModifierCategories.OtherExperiencer)]
    public void EachModifierCoversTheMentionInItsScope(string message, string category) =>
        Assert.Contains(Read(message).Mentions, m => m.Modifiers.Contains(category));

    [Theory]
    [InlineData("no fever, but I can't feel my bum")]
    [InlineData("I don't have a temperature. My bum is completely numb")]
    [InlineData("no back pain now, my bum is numb")]
    public void ANegationStopsAtItsClauseOrSentence(string message)
    {
        var check = Detector.Check(message);
        Assert.Equal(Dispositions.Emergency, check.Urgency);
        Assert.False(check.Ambiguous, string.Join(" ", check.Mentions.Select(m => $"{m.Concept}/{string.Join("+", m.Modifiers)}")));
    }

    [Theory]
    [InlineData("no numbness, tingling or weakness in my legs")]
    [InlineData("no numbness or tingling down there, bladder and bowels fine")]
    [InlineData("definitely not numb down below, just achy")]
    [InlineData("zero tingling anywhere")]
    public void AListOfNegatedSymptomsIsAllNegated(string message) => Assert.False(Detector.Check(message).IsRedFlag);

    [Theory]
    [InlineData("my bum is numb since the massage", "E-SADDLE", Dispositions.Emergency)]
    [InlineData("I can't pee since this morning", "E-BLADDER", Dispositions.Emergency)]
    [InlineData("I've lost control of my bowels", "E-BOWEL", Dispositions.Emergency)]
    [InlineData("both my legs are numb", "E-BOTH-LEGS", Dispositions.Emergency)]
    [InlineData("my right leg is getting weaker every day", "E-LEG-WORSENING", Dispositions.Emergency)]
    [InlineData("since the massage I can't get an erection", "E-SEXUAL", Dispositions.Emergency)]
    [InlineData("it feels like an elephant is sitting on my chest", "E-CHEST", Dispositions.Emergency)]
    [InlineData("I was in a car crash last week and my back hurts", "E-INJURY", Dispositions.Emergency)]
    [InlineData("I have osteoporosis and slipped in the bathroom", "E-FALL-FRAGILE", Dispositions.Emergency)]
    [InlineData("I'm 28 weeks pregnant and my legs have gone numb", "E-PREGNANT-NUMB", Dispositions.Emergency)]
    [InlineData("my foot slaps down when I walk", "E-FOOT-DROP", Dispositions.Emergency)]
    [InlineData("I've got a fever", "U-FEVER", Dispositions.Urgent)]
    [InlineData("I've lost a stone without trying", "U-WEIGHT-LOSS", Dispositions.Urgent)]
    [InlineData("the pain is worse at night and wakes me up", "U-NIGHT-REST", Dispositions.Urgent)]
    [InlineData("it hurts like a knife when I sneeze", "U-COUGH-SNEEZE", Dispositions.Urgent)]
    [InlineData("I had breast cancer and now my back hurts", "U-CANCER", Dispositions.Urgent)]
    [InlineData("my left calf is hot and swollen", "U-CLOT", Dispositions.Urgent)]
    [InlineData("I'm pregnant and I've started spotting", "U-PREGNANT-WORRY", Dispositions.Urgent)]
    [InlineData("pins and needles in my left foot", "U-LEG-NERVE", Dispositions.Urgent)]
    [InlineData("I wet myself in the supermarket", "E-INCONTINENCE", Dispositions.Emergency)]
    [InlineData("I can't tell when my bladder is full any more", "E-BLADDER-SENSATION", Dispositions.Emergency)]
    [InlineData("it's not my lower back now, it's between my shoulder blades", "U-UPPER-BACK-MOVED", Dispositions.Urgent)]
    [InlineData("I suddenly can't catch my breath", "E-BREATHLESS", Dispositions.Emergency)]
    [InlineData("I fell in the garden and I can't get up", "E-FALL-SEVERE", Dispositions.Emergency)]
    [InlineData("I have osteoporosis and felt something snap in my back, the pain is severe", "E-FRAGILE-SUDDEN", Dispositions.Emergency)]
    [InlineData("I'm 20 weeks pregnant and bleeding heavily", "E-PREGNANT-BLEEDING", Dispositions.Emergency)]
    [InlineData("he has a fever and he's confused", "E-SEPSIS", Dispositions.Emergency)]
    [InlineData("there's a lump on my spine", "U-LUMP", Dispositions.Urgent)]
    [InlineData("sharp pain between my shoulder blades", "U-UPPER-BACK", Dispositions.Urgent)]
    [InlineData("I'm on methotrexate for arthritis and my back has been aching all week", "U-IMMUNE", Dispositions.Urgent)]
    [InlineData("came off the climbing wall from about 4m up and landed on my backside", "E-FALL-HEIGHT", Dispositions.Emergency)]
    [InlineData("went through a rotten floor and dropped three metres into the cellar", "E-FALL-HEIGHT", Dispositions.Emergency)]
    [InlineData("it keeps me awake and I can't get comfy in any position", "U-NIGHT-AND-REST", Dispositions.Urgent)]
    [InlineData("my nan (84) slid off the sofa onto the carpet and her back hurts", "E-FALL-FRAGILE", Dispositions.Emergency)]
    [InlineData("I've got osteoporosis, diagnosed two years ago, and bumped my back on the worktop", "E-FALL-FRAGILE", Dispositions.Emergency)]
    [InlineData("every cough and my back explodes", "U-COUGH-SNEEZE", Dispositions.Urgent)]
    [InlineData("since yesterday I keep dribbling wee with no warning", "E-LEAKAGE", Dispositions.Emergency)]
    [InlineData("the stream is a trickle and I have to strain to get anything out of my bladder", "E-BLADDER", Dispositions.Emergency)]
    [InlineData("I've just finished antibiotics for a kidney infection and now my back aches", "U-INFECTION", Dispositions.Urgent)]
    [InlineData("I slipped on the ice yesterday and my back hurts", "U-FALL", Dispositions.Urgent)]
    [InlineData("we were intimate and I couldn't feel anything down there", "E-SEXUAL-SENSATION", Dispositions.Emergency)]
    [InlineData("my wife and I tried last night and I couldn't finish, never happened before", "E-SEXUAL-FINISH", Dispositions.Emergency)]
    [InlineData("we had sex last night and at the end nothing came out", "E-SEXUAL-EMISSION", Dispositions.Emergency)]
    [InlineData("it's been six weeks and my back hasn't improved at all", "U-NOT-IMPROVING", Dispositions.Urgent)]
    [InlineData("my sciatica has been there for two months and hasn't improved at all", "U-SCIATICA-NOT-IMPROVING", Dispositions.Urgent)]
    [InlineData("I'm 72 and I've never had back pain before, this is brand new", "U-NEW-PAIN-OLDER", Dispositions.Urgent)]
    [InlineData("I'm 17 and my lower back has hurt for weeks, no idea why", "U-NEW-PAIN-AGE", Dispositions.Urgent)]
    [InlineData("slipped off the scaffold at work, two storey, back is killing me", "E-FALL-ELEVATION", Dispositions.Emergency)]
    [InlineData("she is not passing urine properly since yesterday, only a few drops", "E-RETENTION", Dispositions.Emergency)]
    [InlineData("both my legs keep giving way on the stairs", "E-BOTH-LEGS-WEAK", Dispositions.Emergency)]
    [InlineData("my left leg keeps giving way", "U-LEG-WEAK", Dispositions.Urgent)]
    [InlineData("I spent the whole week flat on the sofa and the pain is no better", "U-NIGHT-REST", Dispositions.Urgent)]
    [InlineData("I'm not able to pass urine since this morning and my tummy is hard", "E-RETENTION", Dispositions.Emergency)]
    [InlineData("my right foot feels clumsy, I keep scuffing it on steps", "U-LEG-WEAK", Dispositions.Urgent)]
    [InlineData("The pins and needles began in my right foot. This morning both, up to the knees.", "E-BOTH-LEGS-NEAR", Dispositions.Emergency)]
    [InlineData("when I sat on the toilet it was like the seat wasn't there", "E-SADDLE", Dispositions.Emergency)]
    [InlineData("can't go up on tiptoes on either foot since yesterday", "E-BOTH-LEGS-WEAK", Dispositions.Emergency)]
    [InlineData("things just escape without me realising since the massage, I've had to borrow pads", "E-INCONTINENCE", Dispositions.Emergency)]
    [InlineData("my back doesn't let up, it aches whatever way I lie", "U-NIGHT-REST", Dispositions.Urgent)]
    [InlineData("I'm 81 and stumbled getting out of the bath, sat down on the edge", "E-FALL-FRAGILE", Dispositions.Emergency)]
    [InlineData("My right leg is not behaving. Since breakfast it is weaker and weaker.", "E-WEAKNESS-WORSENING", Dispositions.Emergency)]
    [InlineData("I'm 30 weeks pregnant and my bump goes tight every five minutes", "U-PREGNANT-CONTRACTIONS", Dispositions.Urgent)]
    [InlineData("there's a hump on one side of my back that wasn't there before", "U-LUMP", Dispositions.Urgent)]
    [InlineData("since Friday I have to strain to start a wee and I don't feel empty after", "E-RETENTION", Dispositions.Emergency)]
    [InlineData("when I perch on the stool it's as though the part of me that should be touching the seat simply isn't there", "E-SADDLE", Dispositions.Emergency)]
    [InlineData("my left leg can't hold me up at all now, I'm using my dad's walking stick", "E-LEG-WORSENING", Dispositions.Emergency)]
    [InlineData("my back aches and I'm shivering and sweating", "U-FEVER-SIGNS", Dispositions.Urgent)]
    [InlineData("I had an accident in my pants and didn't notice", "E-INCONTINENCE-CLOTHES", Dispositions.Emergency)]
    [InlineData("my calf is swollen and now I'm short of breath", "E-CLOT-LUNG", Dispositions.Emergency)]
    [InlineData("the pain now goes below my knee and it's getting worse", "U-LEG-SPREADING", Dispositions.Urgent)]
    [InlineData("The pain goes past my knee into my shin now. Worse every day.", "U-LEG-SPREADING", Dispositions.Urgent)]
    [InlineData("my back hurts but now it's in my chest as well and it goes down my left arm", "E-CHEST-SPREAD", Dispositions.Emergency)]
    public void EachRuleFiresOnItsCombination(string message, string rule, string urgency)
    {
        // What the rules give: the second opinion may add an emergency question before an urgent rule's advice.
        var check = Detector.Check(message).WithoutAmbiguous();
        Assert.Contains(check.Matches, m => m.RuleId == rule && !m.Ambiguous);
        Assert.Equal(urgency, check.Urgency);
    }

    [Theory]
    [InlineData("my bum is sore from the massage")]
    [InlineData("my legs ache after the gym")]
    [InlineData("I pulled my back moving a chest of drawers")]
    [InlineData("my bike saddle is too high, could that be why my back aches?")]
    [InlineData("I fell asleep during the massage, is that ok?")]
    [InlineData("my dad had cancer years ago, I'm just a bit sore")]
    [InlineData("what is cauda equina? just curious")]
    [InlineData("I lost a stone on my diet and my back is sore")]
    [InlineData("I had numbness in my bum years ago, all fine since")]
    [InlineData("feel like I've been hit by a bus after the deep tissue lol")]
    [InlineData("I fell asleep on the sofa after my massage and my back is a bit stiff")]
    [InlineData("Can I have a massage while on immunosuppressants? No symptoms at all")]
    [InlineData("why is it called saddle anaesthesia? med student here")]
    [InlineData("what does saddle numbness actually mean?")]
    [InlineData("my grandad had bone cancer in his spine in the 90s, I don't have any pain")]
    [InlineData("my mate's wife died of cancer that started with back pain, I've no back pain myself")]
    [InlineData("dead stiff this morning, couldn't touch my toes, but by dinnertime I was right as rain")]
    [InlineData("I'm 6 foot tall, is the massage table long enough?")]
    [InlineData("a chest of drawers fell on my foot when I moved house")]
    [InlineData("got hay fever so I'm sneezing loads, it doesn't bother my back")]
    [InlineData("legs like jelly after leg day at the gym, just DOMS")]
    [InlineData("I wet myself a tiny bit laughing at a joke, that's been a thing since my kids")]
    public void APartAloneOrAHarmlessSenseFiresNothing(string message)
    {
        Assert.Empty(Read(message).Matches);

        // The statistical second opinion may at most ask; it never gives advice on its own.
        var check = Detector.Check(message);
        Assert.True(!check.IsRedFlag || (check.Ambiguous && check.Suspicion is not null), string.Join(",", check.Rules));
    }

    [Theory]
    [InlineData("I think my bum might be numb")]
    [InlineData("maybe a bit of tingling in my groin, I'm not sure")]
    [InlineData("Is chest pain something to worry about after a back massage?")]
    [InlineData("Is numbness around the bottom normal after a massage?")]
    [InlineData("Can a massage cause pain in the middle of my chest?")]
    public void AnUncertainMentionIsAskedAboutNotActedOn(string message)
    {
        var check = Detector.Check(message);
        Assert.True(check.IsRedFlag);
        Assert.True(check.Ambiguous);
    }

    [Fact]
    public void SomeoneElseUnwellNowCountsButTheirPastDoesNot()
    {
        Assert.False(Detector.Check("my husband says he can't feel his legs, both of them").Ambiguous);
        Assert.Equal(Dispositions.Emergency, Detector.Check("my husband says he can't feel his legs, both of them").Urgency);
        Assert.False(Detector.Check("my mum had bowel cancer ten years ago").IsRedFlag);
    }

    [Theory]
    [InlineData("my calf's hot and swollen on one side", "calf")]
    [InlineData("chest's sore when I breathe in", "chest")]
    [InlineData("ma left fit's gone numb", "leg")]
    public void APossessiveOfAConceptWordIsThatWord(string message, string concept) =>
        Assert.Contains(Read(message).Mentions, m => m.Concept == concept);

    [Fact]
    public void APossessiveDoesNotSwallowAContraction()
    {
        // "that's" stays "thats" (a cue word), and a word that is not a concept word keeps its "s".
        Assert.Empty(Read("that's normal for me, no numbness").Matches);
        Assert.DoesNotContain(Read("my mum's cat's fine").Mentions, m => m.Kind == "symptom");
    }

    [Theory]
    [InlineData("Got thrown from my horse on Sunday. Winded, then fine, but now it hurts to twist.")]
    [InlineData("Car got rear-ended on the motorway at speed, airbag went off. Back much worse today.")]
    public void ASeriousInjuryIsNotUndoneByFeelingFineAfterwards(string message) =>
        Assert.Equal(Dispositions.Emergency, Detector.Check(message).Urgency);

    [Fact]
    public void ARuleSlotMarkedNearIsFoundInTheNextSentenceButNoFurther()
    {
        Assert.Equal(Dispositions.Emergency, Detector.Check("My left leg is numb from the hip down. It is getting more and more.").Urgency);
        Assert.Equal(Dispositions.Urgent, Detector.Check("My left leg is numb from the hip down. The massage was Monday. Lovely therapist. It is getting more and more.").Urgency);
    }

    [Fact]
    public void AMessageWrittenWhollyAboutSomeoneElseMakesTheirHistoryTheirRedFlag()
    {
        Assert.Equal(Dispositions.Urgent, Detector.Check("Writing for my dad, he had myeloma treatment last year and now has new lower back pain since last week.").Urgency);
        Assert.False(Detector.Check("My dad had myeloma treatment last year. My back is a bit sore after the massage.").IsRedFlag);
    }

    [Theory]
    [InlineData("Ticked through your leaflet: saddle numbness no, bladder no, bowel no, legs no, fever no. Sore when I bend.")]
    [InlineData("Checklist: numbness around bottom: NO. Bladder change: NO. Both legs weak: NO.")]
    public void AChecklistAnswerNegatesItsOwnLine(string message) => Assert.False(Detector.Check(message).IsRedFlag);

    [Theory]
    [InlineData("my bum is numb, is that normal or no?")]
    [InlineData("numb bum after the massage, no idea why")]
    [InlineData("both legs feel like I've done 100 squats but I haven't, heavy and tingly from the thighs down")]
    public void ANegationThatEndsItsClauseOrAnswersNothingDeniesNothing(string message) =>
        Assert.Equal(Dispositions.Emergency, Detector.Check(message).Urgency);

    [Theory]
    [InlineData("🦵🦵 both going pins and needles and it's spreading up")]
    public void AnEmojiForABodyPartIsReadAsTheWord(string message) =>
        Assert.Equal(Dispositions.Emergency, Detector.Check(message).Urgency);

    [Fact]
    public void AccentedLettersAreReadAsPlainOnes()
    {
        // The bot runs with invariant globalization, where Unicode decomposition does not fold accents.
        Assert.Contains(Read("Mi mamá, 82 años, she fell from the chair").Mentions, m => m.Concept == "older_age");
        Assert.Equal(Dispositions.Emergency, Detector.Check("Mi mamá, 82 años, she fell from the chair").Urgency);
    }

    [Fact]
    public void ADecimalPointNeitherEndsASentenceNorInventsANumber()
    {
        // "2.5 weeks" is not "5 weeks" (a long course), and "2.5m" is still a fall from a height.
        Assert.DoesNotContain(Read("sciatica for 2.5 weeks, slowly easing").Mentions, m => m.Concept == "long_duration");
        Assert.Equal(Dispositions.Emergency, Detector.Check("fell through the loft hatch onto the landing (like 2.5m) last night").Urgency);
    }

    /// <summary>Pairs of near-identical words that context makes a red flag or not ("none": no warning at all).</summary>
    [Theory]
    // A rule of one clause is not made of two sides of a "but".
    [InlineData("had a sneezing fit this morning and the back was totally fine with it, it's only sore when I bend", "none")]
    [InlineData("back's sore after the massage, but sneezing doesn't make it any worse", "none")]
    [InlineData("my back hurts like mad every time I sneeze", Dispositions.Urgent)]
    // A resolution looks back, but only a few words forward and not past "still".
    [InlineData("my legs went numb but it went away after a minute", "none")]
    [InlineData("both legs went dead for a few seconds and I've still got pins and needles in both feet", Dispositions.Emergency)]
    // A measured normal temperature outweighs feeling flu-ish.
    [InlineData("feel a bit flu-ish the day after the massage but I took my temp, 36.8, so no fever", "none")]
    [InlineData("feel flu-ish and shivery, my back is killing me", Dispositions.Urgent)]
    // Being well since does not undo a history, but a denial does.
    [InlineData("I had prostate cancer treated in 2019, all fine since. Started getting lower back ache a few weeks ago", Dispositions.Urgent)]
    [InlineData("no history of cancer, just a sore back after the massage", "none")]
    // Relaxation and exercise explain weak legs, never numb ones.
    [InlineData("my knees were a bit weak getting off the massage table yesterday, I was so relaxed lol", "none")]
    [InlineData("so relaxed after the massage but now my left foot is numb", Dispositions.Urgent)]
    [InlineData("did leg day after my massage, both legs like jelly, that's 5x5 squats for you", "none")]
    [InlineData("did leg day yesterday and now both legs are numb from the knees down", Dispositions.Emergency)]
    [InlineData("did leg day yesterday and now both my legs keep giving way and I can't stand", Dispositions.Emergency)]
    // A cue is the words of one clause: "fine, now" is not "fine now".
    [InlineData("my left leg felt heavy for a bit, fine now", "none")]
    [InlineData("I could walk fine, now I'm dragging my left leg and it's getting weaker", Dispositions.Emergency)]
    // "What's <term>?" asks about a word; "what's this <symptom>?" asks about the writer.
    [InlineData("what's cauda equina?", "none")]
    [InlineData("what's this numbness in my bum?", Dispositions.Emergency)]
    // Woken by the baby is not pain at night; woken by the pain is.
    [InlineData("the baby wakes me up every two hours, my back is sore after the massage", "none")]
    [InlineData("the ache in my back keeps waking me", Dispositions.Urgent)]
    // "What is new is…" ends what was long-standing before it.
    [InlineData("bad knees for years, nothing new, numb patches on my kneecaps same as always", "none")]
    [InlineData("Bad knees for years, nothing new there. What is new is that my bum has gone numb", Dispositions.Emergency)]
    // Asking on someone's behalf is not asking out of curiosity.
    [InlineData("asking out of interest: what if you lost control of your bowels?", "none")]
    [InlineData("asking for my mum: she's had two accidents with her bowels since last night", Dispositions.Emergency)]
    // A hypothetical that begins before the event it frames covers it.
    [InlineData("If I come off my bike what should I do", "none")]
    [InlineData("I came off my motorbike on the ring road this morning", Dispositions.Emergency)]
    // A sentence that is only a hypothetical cue frames the next sentence, and no further.
    [InlineData("Hypothetically. My bum has gone numb, what would that mean?", "none")]
    [InlineData("My bum has gone numb. I need advice", Dispositions.Emergency)]
    // A closed toilet explains not going for a wee.
    [InlineData("couldn't go for a wee at the station because the toilets were closed", "none")]
    [InlineData("I can't go for a wee at all since this morning", Dispositions.Emergency)]
    // Easing a bit is not gone.
    [InlineData("tight pain across my chest this morning, settled a bit now", Dispositions.Emergency)]
    [InlineData("my left foot went numb for a bit this morning, all gone now, was fine after ten minutes", "none")]
    // "Neither" names both legs; it does not deny them.
    [InlineData("neither of my legs will hold me up", Dispositions.Emergency)]
    [InlineData("my left leg is fine, neither foot is numb", "none")]
    // "Looks like I've been in…" compares; being in it is the event.
    [InlineData("it looks like I've been in a car crash, but it's just cupping bruises", "none")]
    [InlineData("I was in a car crash last night", Dispositions.Emergency)]
    // Joking takes back what it jokes about; "not joking" insists on it.
    [InlineData("can't feel my legs lol, joking, just so relaxed", "none")]
    [InlineData("I'm not joking, I can't feel my legs", Dispositions.Emergency)]
    [InlineData("joking aside, my legs are both numb since the massage", Dispositions.Emergency)]
    // "In the 80s" is a decade, which makes a grandparent's fall history; "in her 80s" is an age.
    [InlineData("me grandad fell off a roof in the 80s and did his back in, anyway can I book in for mine", "none")]
    [InlineData("my mum is in her 80s and fell yesterday", Dispositions.Emergency)]
    // The writer can claim a hypothetical as their own.
    [InlineData("What would happen if someone's bum went numb? Just curious.", "none")]
    [InlineData("What would happen if someone's bum went numb? Asking because that's me, since this morning.", Dispositions.Emergency)]
    // Pain on coughing comes in short episodes; a leg that went numb for a minute has resolved.
    [InlineData("my leg went numb sitting on the loo scrolling, came back after a minute", "none")]
    [InlineData("when I cough it shoots down into my bum and I'm bent double for a minute", Dispositions.Urgent)]
    // Catching yourself is not a fall.
    [InlineData("tripped on the kerb but caught myself on the railing, back's just sore from the massage", "none")]
    [InlineData("tripped on the kerb and landed on my back, it's sore", Dispositions.Urgent)]
    // "Both" of the arms is not both legs; "now it's in both" after one leg is.
    [InlineData("Both my arms ache. My left leg is numb.", Dispositions.Urgent)]
    [InlineData("The tingling started in my left leg. Now it's in both.", Dispositions.Emergency)]
    // A dysfunction in a dated past is history; "like they used to" compares with the past and is now.
    [InlineData("Back in 2015 things downstairs weren't working for a bit, long sorted", "none")]
    [InlineData("since the massage things downstairs aren't working like they used to", Dispositions.Emergency)]
    // Written on someone's behalf, their history counts when they are unwell now; beside the writer's own soreness it does not.
    [InlineData("My dad had bowel cancer two years ago, I've got a sore back after the massage", "none")]
    [InlineData("I'm writing for my dad, he had bowel cancer two years ago and his back has been aching for a fortnight", Dispositions.Urgent)]
    // "Nearly fell asleep" is the writer dozing, not a leg asleep or a fall.
    [InlineData("legs like jelly after, I was that relaxed, nearly fell asleep on the table", "none")]
    [InlineData("my left leg fell asleep on the table and it's still dead an hour later", Dispositions.Urgent)]
    // "Does it wear off?" asks; "it wore off" answers.
    [InlineData("my left foot went numb on the table, it wore off in a few minutes", "none")]
    [InlineData("my left foot has been numb since the massage, is that something that wears off?", Dispositions.Urgent)]
    // "I'm used to aches" is accustomed, not past.
    [InlineData("I used to get aches like this years ago, it's fine now", "none")]
    [InlineData("I'm used to aches but this one wakes me every night", Dispositions.Urgent)]
    // "e.g." does not end a sentence, so a list of examples stays a question about the words.
    [InlineData("which red flags do you screen for? e.g. saddle anaesthesia, bladder problems?", "none")]
    // A cough that did not hurt, beside the ordinary ache, is not pain on coughing.
    [InlineData("I sneezed this morning and it didn't hurt, just a bit sore when I bend", "none")]
    [InlineData("it only hurts when I cough, like a knife in my lower back", Dispositions.Urgent)]
    // A simile of being hit by a truck is not a road accident; a spaced dash ends a clause, so "not my lower back" denies only that.
    [InlineData("my back feels like a truck hit it after that massage lol", "none")]
    [InlineData("not my lower back - the pain's right between my shoulder blades", Dispositions.Urgent)]
    // "Is it possible after a massage?" asks in general.
    [InlineData("Is fever possible after a massage? I'm not ill", "none")]
    [InlineData("I've had a fever since the massage, is that possible?", Dispositions.Urgent)]
    // An ellipsis is a pause inside the sentence: the numbness and the site it trails off to stay together.
    [InlineData("my legs were numb last week... fine now", "none")]
    [InlineData("since the massage I've lost feeling in my... well, my privates", Dispositions.Emergency)]
    // A denial of a list at the end of its clause answers the questions before it; a bare "I don't have it" does not.
    [InlineData("The pharmacist asked about numbness between my legs, trouble weeing and weak legs. Answer was no to all of them.", "none")]
    [InlineData("Both my legs are numb. I don't have it.", Dispositions.Emergency)]
    // A hot bath or standing up too fast explains jelly legs; it never explains numb ones.
    [InlineData("my legs went like jelly last night but I'd had a hot bath and stood up too fast", "question")]
    [InlineData("had a hot bath last night and now both my legs are numb", Dispositions.Emergency)]
    // A one-word answer after a question mark answers that question.
    [InlineData("Massive headache? no. Chest pain? no. Leg numbness? no. Just a sore back", "none")]
    [InlineData("Chest pain? yes, since this morning", Dispositions.Emergency)]
    // "Back is fine now" resolves the back, not the calf before it.
    [InlineData("my left calf went numb for a minute on the table, fine now", "none")]
    [InlineData("my right calf has been hot and throbbing since Tuesday and my back is fine now", Dispositions.Urgent)]
    // "About a foot drop" is a height; "my foot is hanging" is foot drop.
    [InlineData("stepped off a wall, about a foot drop, nothing major, back's a bit sore", "none")]
    [InlineData("my foot is hanging when I walk since yesterday", Dispositions.Emergency)]
    // Not sleeping for worry is not pain at night.
    [InlineData("I'm not sleeping well because of worry about work, back's just achy", "none")]
    [InlineData("I'm not sleeping because the pain in my back wakes me every night", Dispositions.Urgent)]
    // One or two words a line is one sentence typed a word at a time; a checklist keeps its lines apart.
    [InlineData("Bladder: no\nBowels: no\nNumbness: no\nJust sore", "none")]
    [InlineData("numb\nbum\nboth\nlegs\nweak\nafter\nmassage", Dispositions.Emergency)]
    // Chest pain that has passed is still chest pain.
    [InlineData("my chest is fine, it's only my lower back that aches", "none")]
    [InlineData("in spin class my chest went tight like a belt being pulled and the pain went round into my back, fine now though", Dispositions.Emergency)]
    // "Stiff as a board" is stiffness, not numbness.
    [InlineData("Saturday I was stiff as a board, Sunday better, both legs fine", "none")]
    [InlineData("both legs feel like wood since this morning, I can't feel them properly", Dispositions.Emergency)]
    // An age is now whatever the tense around it; a late relative's past stays theirs until the writer speaks of themselves.
    [InlineData("I'm 81 and stopped driving a few years ago, back aches after the massage", "none")]
    [InlineData("I'm 81 and stopped driving a few years ago. Slipped on the kitchen floor this morning and landed on my back", Dispositions.Emergency)]
    [InlineData("my late husband had thin bones and fell in the garden, bless him. I'm 70 and just a bit stiff", "none")]
    [InlineData("my late husband had thin bones and I tripped over the rug today, I'm 70 and my back is sore", Dispositions.Emergency)]
    // A stranger in a story is nobody the writer asks for; the writer as that person is.
    [InlineData("saw a video about a man who lost feeling in his groin after lifting, what should I watch for?", "none")]
    [InlineData("I'm a man who has lost feeling in his groin since lifting on Monday", Dispositions.Emergency)]
    // Family history is a relative's.
    [InlineData("there is cancer in my family, my back is just sore from the massage", "none")]
    [InlineData("I had cancer in my breast six years ago and now my back aches at night", Dispositions.Urgent)]
    // A warning read is not a symptom; a question that opens with a symptom gets one neutral question.
    [InlineData("I read your warning about numbness around the bottom, I have none of that, just a tight back", "none")]
    [InlineData("my bottom has gone numb since last night", Dispositions.Emergency)]
    [InlineData("What does saddle numbness mean?", "none")]
    [InlineData("Does the numbness in my bottom mean something serious?", Dispositions.Emergency)]
    // "A bit better" is not gone.
    [InlineData("my right leg would not hold me on the stairs this morning, it went after a few minutes", "none")]
    [InlineData("my right leg would not hold me on the stairs this morning, a bit better now", Dispositions.Urgent)]
    // Not passing water for hours, and nothing that helps, are signs in their own words.
    [InlineData("I've been to the loo twice since lunch, all normal", "none")]
    [InlineData("haven't been for a wee since breakfast and when I try nothing comes", Dispositions.Emergency)]
    [InlineData("nothing wrong at night, I sleep fine, the ache is only there in the day", "none")]
    [InlineData("the pain is worst at night and nothing I try in bed makes any difference", Dispositions.Urgent)]
    // Feeling that came back on standing is gone; feeling lost again on sitting is not.
    [InlineData("sat on the stairs too long and my bum went numb, it came back when I got up", "none")]
    [InlineData("my bum went numb on the bus and the numbness came back when I sat down again at home", Dispositions.Emergency)]
    // "If the legs become numb" asks; legs that have become numb report.
    [InlineData("if the legs become numb after my massage what do I do?", "none")]
    [InlineData("the legs have become numb since the massage, both of them", Dispositions.Emergency)]
    // Weight lost on a diet is meant; lost without one is not.
    [InlineData("I lost 5 kilo in six weeks on a diet, pleased with myself, back a bit stiff", "none")]
    [InlineData("I lose weight, 5 kilo in six weeks, I did not go on a diet, and my back hurts", Dispositions.Urgent)]
    // Calves tight from a race are exertion; one calf hot and swollen is not.
    [InlineData("calves tight from the race, both the same, back fine", "none")]
    [InlineData("my left calf is hot and swollen since the race, the right is normal", Dispositions.Urgent)]
    // Sitting on the floor is not a fall; coming down onto it is.
    [InlineData("sat on the floor playing with the grandkids, back a bit stiff after the massage", "none")]
    [InlineData("the ladder slipped and I came down hard onto the concrete, back is agony", Dispositions.Emergency)]
    // Bracing for pain is not pain; a PE lesson is not a clot; feeling that woke up on walking is back.
    [InlineData("coughed this morning and braced for it to hurt but it was fine, back only tender", "none")]
    [InlineData("coughed this morning and it hurt like mad in my lower back", Dispositions.Urgent)]
    [InlineData("back stiff like after taking PE with the year sixes, no other problems", "none")]
    [InlineData("I had a PE two years ago and now my left calf is swollen and hot", Dispositions.Urgent)]
    [InlineData("my left buttock went to sleep on the drive; it woke up as soon as I walked about", "none")]
    [InlineData("my left buttock went to sleep on the drive and it is still numb now, hours later", Dispositions.Emergency)]
    // Flu last month that has gone is over; a temperature now is not.
    [InlineData("had flu with a high temperature in October, completely healthy now, can I book?", "none")]
    [InlineData("I've got a high temperature since yesterday and my back is aching", Dispositions.Urgent)]
    // Pain that rest leaves unmoved, or that is there even when still, does not ease with rest.
    [InlineData("the ache eases off nicely when I rest", "none")]
    [InlineData("the pain is unmoved by rest, and it's there even when I'm sat still", Dispositions.Urgent)]
    // Someone else's steroids and a heavy sit-down: the fall is theirs and so is the risk.
    [InlineData("my dad took steroids years ago, he's fine; I sat down heavily on the sofa and my back is a bit sore", Dispositions.Urgent)]
    [InlineData("my dad takes steroids for his arthritis. He sat down heavy on a chair yesterday and now his back is very painful", Dispositions.Emergency)]
    // Short unpunctuated lines are one message typed in bursts; a punctuated list keeps its lines apart.
    [InlineData("sneezing all day\nwith hay fever\nback is fine though\nbooked for Sat", "none")]
    [InlineData("sneezing all day\nand every single sneeze\nmy lower back screams\nsince the massage", Dispositions.Urgent)]
    // Weight told in numbers: lost without trying is a sign, put on is not.
    [InlineData("put on 4 kg in 2 months over Christmas, back stiff", "none")]
    [InlineData("lost 6 kg in 2 months, no diet, and my back aches every day", Dispositions.Urgent)]
    // The other leg too is both legs.
    [InlineData("pins and needles in my left leg, the right one is fine", Dispositions.Urgent)]
    [InlineData("pins and needles in my left leg for a week and now in the right one too", Dispositions.Emergency)]
    // "Not that they have" denies; "that's me" claims.
    [InlineData("what would it mean if my legs went numb? Not that they have, I'm just a worrier", "none")]
    [InlineData("what would it mean if my legs went numb? Asking because that's me right now", Dispositions.Emergency)]
    // "Back in bits" is pain now, not the past.
    [InlineData("back in 2015 I had a fever after a massage abroad, fine since", "none")]
    [InlineData("shivering under two duvets, back in bits, probably flu?", Dispositions.Urgent)]
    // A question about the difference between two words asks about words.
    [InlineData("what's the difference between a DVT and a cramp? I've no leg problems", "none")]
    [InlineData("my left calf is red, hot and swollen, is it a DVT or a cramp?", Dispositions.Urgent)]
    // A temperature with a decimal point is a temperature, not an age.
    [InlineData("took my temperature to be safe: 36.7, totally normal. back a bit sore", "none")]
    [InlineData("took my temperature: 38.6, and my back is really sore since the massage", Dispositions.Urgent)]
    // A training day on falls is a topic; a fall from a ladder is an event.
    [InlineData("we had a training day on falls from height at work, is massage ok for a sore back?", "none")]
    [InlineData("I fell from a ladder at work this morning and my back is killing me", Dispositions.Emergency)]
    // "Nothing wrong with me" after a question about others; "I don't have any feeling" is no feeling.
    [InlineData("do your therapists ask about clots before doing legs? nothing wrong with me, just curious", "none")]
    [InlineData("I don't have any feeling in my private area since the massage", Dispositions.Emergency)]
    // Chest pain from laughing is a joke; chest pain spreading to the back is not.
    [InlineData("the only chest pain I've got is from laughing at my husband doing the stretches", "none")]
    [InlineData("I've got chest pain spreading into my back since this afternoon", Dispositions.Emergency)]
    // Pain that started in the night is an onset time; pain worse at night is a sign.
    [InlineData("small pain in my back after the massage, it started in the night, ok to work?", "none")]
    [InlineData("my back pain is much worse at night and wakes me every night", Dispositions.Urgent)]
    // A leg that woke up straight away was only sat on.
    [InlineData("thought my leg had gone numb but I'd been sat on it, it woke up straight away", "none")]
    [InlineData("my leg went numb at my desk and it still hasn't woken up two hours later", Dispositions.Urgent)]
    // Not getting the need-to-go feeling is lost bladder sensation; a normal urge is not.
    [InlineData("I get the need to go as usual and everything works fine down there", "none")]
    [InlineData("since the massage I don't get the need to go feeling any more, I go by the clock", Dispositions.Emergency)]
    // Injecting drugs with new back pain.
    [InlineData("I used to use drugs years ago, clean for a decade, back just sore from the massage", "none")]
    [InlineData("I use drugs with the needle sometimes and my back pain is strong since five days", Dispositions.Urgent)]
    // "Now I think about it" corrects an earlier denial; it does not hedge.
    [InlineData("no numbness anywhere, just sore, and now I think about it the stiffness is easing too", "none")]
    [InlineData("no numbness anywhere, just sore. Well, now I think about it, my bum cheeks feel kind of dull", Dispositions.Emergency)]
    // "Not my friend" is a figure of speech; a sneeze like a knife is pain on sneezing.
    [InlineData("hay fever is not my friend, sneezing all day but my back is fine", "none")]
    [InlineData("hay fever is not my friend, every sneeze is a knife in my lower back", Dispositions.Urgent)]
    // A question about people who had a clot is not the writer's clot.
    [InlineData("is massage safe for people who had a DVT before? asking for my aunt, not me", "none")]
    [InlineData("I had a DVT before and now my right calf is swollen and hot again", Dispositions.Urgent)]
    // A bit on the spine is a place, not "the bit on your website".
    [InlineData("I read the bit on your website about numbness down below, I have none, just a tight back", "none")]
    [InlineData("felt a hard knobbly bit on my spine, sticking out more than the rest, never there before", Dispositions.Urgent)]
    // Pins and needles that did not go when standing up have not gone.
    [InlineData("both legs had pins and needles after sitting on the floor, it went when I stood up", "none")]
    [InlineData("both legs have pins and needles and it didn't go when I stood up and walked about", Dispositions.Emergency)]
    // English mixed with another language's word for peeing is read (docs/clinical-safety.md, H31).
    [InlineData("plassen is normal, back a bit sore after the massage", "none")]
    [InlineData("Hoi, since Monday I must go plassen but it does not come, only some drops", Dispositions.Emergency)]
    // A checklist score of 0/10 is a no; a leg that has stopped working is severe.
    [InlineData("day 5: back 5/10, leg symptoms 0/10, saddle numbness 0/10, fever 0/10", "none")]
    [InlineData("day 5: back 5/10, saddle numbness 6/10 since this morning", Dispositions.Emergency)]
    [InlineData("my right leg felt a bit tired after the long walk yesterday, fine now", "none")]
    [InlineData("my right leg has basically stopped working since lunch, I couldn't push the clutch", Dispositions.Emergency)]
    // Caught myself "mostly" is still a fall; a mother who panics about clots is not a clot.
    [InlineData("I'm on long-term steroids and nearly slipped in the shower but caught myself, no pain at all", "none")]
    [InlineData("I'm on long-term steroids, slipped in the shower and caught myself mostly, now a sharp new pain in my back", Dispositions.Emergency)]
    [InlineData("my mum panics about clots so I'm telling you my calves look the same and aren't hot", "none")]
    [InlineData("my mum panics about clots and my left calf is hot and swollen since Tuesday", Dispositions.Urgent)]
    // "Back in" a place is not the past; "back in 2015" is.
    [InlineData("back in 2015 I fell off a ladder, fully healed, no pain for years", "none")]
    [InlineData("I have pain in my upper back in between my shoulder blades since Thursday", Dispositions.Urgent)]
    // A resolution with its own subject ("the back's ok now") does not resolve what follows it.
    [InlineData("my calf was sore after the run, it's ok now", "none")]
    [InlineData("the back's ok now, but my right calf is hot, swollen and throbbing", Dispositions.Urgent)]
    // Not being able to finish is sexual only with intimacy in the message.
    [InlineData("my job is cleaning rooms and I struggle to finish my shift with this sore back", "none")]
    [InlineData("my wife and I tried last night and I couldn't finish, never happened before", Dispositions.Emergency)]
    // A treated infection is still recent; without back pain it is not the red flag.
    [InlineData("I had a urinary infection in the spring, all cleared up, can I book a massage for my neck?", "none")]
    [InlineData("finished antibiotics for an abscess two weeks ago, all healed, and now my lower back aches deep down", Dispositions.Urgent)]
    // Rest that does not help, in plain words; clinical shorthand for low back pain.
    [InlineData("lying down helps my back and it eases every day", "question")]
    [InlineData("the ache is worst in the night and rest not help at all", Dispositions.Urgent)]
    [InlineData("LBP after the massage, no pain on coughing or sneezing", "none")]
    [InlineData("LBP that spikes every time I cough", Dispositions.Urgent)]
    // Toes that no longer grip; spotting told as a streak.
    [InlineData("my toes grip the stairs fine, just a tight back", "none")]
    [InlineData("since Sunday the toes of my right foot don't grip any more on the stairs", Dispositions.Urgent)]
    [InlineData("pregnant, no streaks or spotting, just a tired back", "none")]
    [InlineData("24 weeks pregnant, a tiny brown streak on the tissue this morning and my back aches", Dispositions.Urgent)]
    // "The bedroom department" is a topic; the problem must be said, and a "not" that comes first is part of it.
    [InlineData("all working fine in the bedroom department, just a sore back", "none")]
    [InlineData("things not working in the bedroom since yesterday, never before", Dispositions.Emergency)]
    // A question and its answer: the bladder is named in the question, the symptom in the answer.
    [InlineData("Q: can you wee normally? A: yes, no problem.", "none")]
    [InlineData("Q: can you wee normally? A: no, since lunch it just won't start.", Dispositions.Emergency)]
    // A story in the news is not the writer's.
    [InlineData("I read in the local news that a man lost control of his bladder after a massage, is that common?", "none")]
    // Hours of a sport explain tired legs.
    [InlineData("legs like jelly after two hours of tennis, back fine", "none")]
    // Pain that grinds away whatever the writer does; a bladder whose need is no longer understood.
    [InlineData("it was grinding a bit yesterday, easing today with rest", "none")]
    [InlineData("it grinds away even when I lie down and resting changes nothing", Dispositions.Urgent)]
    [InlineData("I always know when I need a wee, no problem there", "none")]
    [InlineData("I don't understand when I need to wee any more, I just find I'm already wet", Dispositions.Emergency)]
    // The ribs at the front are the chest; the ribs at the back are not.
    [InlineData("a tight band round my ribs at the back after the massage", "question")]
    [InlineData("a crushing band round my ribs at the front, sweating", Dispositions.Emergency)]
    // Searching, a counterfactual and a slipped disc are not the writer's red flag; a place where something used to rub is now.
    [InlineData("I googled chest pain with back pain after a TV show, I have no pain", "none")]
    [InlineData("If I was pregnant, would spotting be a worry? I'm not.", "none")]
    [InlineData("my friend slipped her disc last year, can massage help that?", "none")]
    [InlineData("the ache sits between my shoulder blades where my rucksack used to rub, and nothing eases it", Dispositions.Urgent)]
    // A cancer that is "all clear now" is still a history of cancer; someone else's past stays theirs after "it's me".
    [InlineData("my aunt had breast cancer long ago, she's fine now. It's me asking, my back is a bit sore", "none")]
    [InlineData("had breast cancer ten years ago, all clear now, and my back has ached for a month, new", Dispositions.Urgent)]
    // "Hasn't worn off" is still there.
    [InlineData("numb down below sitting on the hard bench, it wore off in a minute", "none")]
    [InlineData("numb down below since the massage and six hours later it hasn't worn off", Dispositions.Emergency)]
    [InlineData("bum went numb on the hard chair, after I stood up it was normal again", "none")]
    // Not having weed since yesterday; not realising a poo was needed until too late.
    [InlineData("I weed fine this morning, no problems", "none")]
    [InlineData("I haven't weed since yesterday afternoon and there's a fullness", Dispositions.Emergency)]
    [InlineData("twice now I've not realised I needed a poo until it was too late", Dispositions.Emergency)]
    // Legs that are not strong; a leg that is basically useless.
    [InlineData("my legs are strong, just stiff", "none")]
    [InlineData("my legs are not strong today, they shake when I stand up from the chair", Dispositions.Emergency)]
    [InlineData("a bit weak in the left leg after the long walk", "question")]
    [InlineData("left leg basically useless now, can't lift it onto the step", Dispositions.Emergency)]
    // Rest that makes zero difference ("w/" is "with"); a curious pattern is not curiosity; "never used to" is new.
    [InlineData("rest made a big difference, feeling much better", "none")]
    [InlineData("back pain doesnt ease w/ rest, lay flat all wknd made zero diff", Dispositions.Urgent)]
    [InlineData("curious pattern: my back pain now spikes whenever I cough", Dispositions.Urgent)]
    [InlineData("my back aches in a way it never used to, and I had a lump removed from my breast with radiotherapy a few years back", Dispositions.Urgent)]
    // A colleague's PE last year is their past; the meaning of a term is a question about it.
    [InlineData("my colleague had a PE last yr so I'm asking, I have no symptoms", "none")]
    [InlineData("What is the meaning of saddle anaesthesia? I'm fine, just curious", "none")]
    // Walking down the stairs is neither a fall nor pain going down the leg; tumbling down them is.
    [InlineData("my back hurts going down the stairs", "none")]
    [InlineData("tumbled all the way down the stairs last night", Dispositions.Emergency)]
    [InlineData("right leg keeps giving way on the stairs, yesterday it was only a bit wobbly", Dispositions.Emergency)]
    // A concept named by its own denial ("no injury") is not denied again by a negation before it.
    [InlineData("he's 14, hurt his back in a rugby tackle, there was an injury", "none")]
    [InlineData("he's not sporty and there was no injury, he's 14 and his low back has hurt for three weeks", Dispositions.Urgent)]
    // Contractions come and go; their going is their sign, and the pregnancy does not end with them.
    [InlineData("I'm 29 weeks pregnant, my back aches after the massage, no tightenings at all", "none")]
    [InlineData("I am 29 weeks pregnant and every ten minutes my belly and back tighten together then it goes away", Dispositions.Urgent)]
    // A car hit from behind and a total loss; an idiom about wetting oneself.
    [InlineData("my wife reckons I'll be wetting myself with laughter at this, all fine down there", "none")]
    [InlineData("my taxi was hit from behind on the motorway, the car is a total loss, my back is agony", Dispositions.Emergency)]
    // A bladder that needs an alarm to be emptied; man parts not working; a small hard ball by the spine.
    [InlineData("I have to set an alarm on my phone to remind me to go for a wee, I can't tell when my bladder needs emptying", Dispositions.Emergency)]
    [InlineData("my man parts are not working since the massage", Dispositions.Emergency)]
    [InlineData("small hard ball near my spine that wasn't there before", Dispositions.Urgent)]
    // Numbness that is fine as soon as one gets up, or a leg that wakes up, has gone.
    [InlineData("my bum went numb on the drive but it was fine as soon as I got out", "none")]
    [InlineData("my left leg went to sleep in the taxi but it woke up after a minute", "none")]
    // Night told by the clock; "not this time" is the exception; "for the last year" is now; the weather is sideways.
    [InlineData("it is worst at three in the morning and lying still gives no relief", Dispositions.Urgent)]
    [InlineData("It's raining sideways and my back is sore", "none")]
    [InlineData("I used to just smoke it but been banging up for the last year, my back's in bits", Dispositions.Urgent)]
    // Sciatica usually settles in four to six weeks: not better at five is an assessment, at three months urgent.
    [InlineData("sciatica down my left leg for five weeks now, no better, no numbness or weakness", "none")]
    [InlineData("sciatica down my left leg for three months now and no better at all", Dispositions.Urgent)]
    // Heavy bleeding told by comparison; bleeding told by its colour.
    [InlineData("I'm 20 weeks pregnant and bleeding more than a normal period", Dispositions.Emergency)]
    [InlineData("I'm 32 weeks pregnant and there's pinkish stuff on the tissue", Dispositions.Urgent)]
    // A foot drop told by what cannot be done; saddle numbness told by the paper.
    [InlineData("since the massage I can't walk on my heels and the foot just hangs down", Dispositions.Emergency)]
    [InlineData("when I wipe it's as if the paper isn't touching me", Dispositions.Emergency)]
    [InlineData("the sleeping feeling in my right leg since the massage, only that side", Dispositions.Urgent)]
    // Weight told by the belt; pain that nothing changes.
    [InlineData("had to make a new hole in my work belt without trying to lose weight and my back aches", Dispositions.Urgent)]
    [InlineData("whether I lie flat, sit or stand, nothing changes it, day and night", Dispositions.Urgent)]
    // A coach trip is a journey; a beaten steak is a simile; numb from the cold; a short course of steroids.
    [InlineData("back from a long coach trip and my back's a bit stiff", "none")]
    [InlineData("my back feels like a steak that's been bashed with a hammer", "none")]
    [InlineData("after the sea swim my thighs went numb from the cold, fine once I warmed up", "none")]
    [InlineData("I had a short course of prednisolone for asthma once, my back is a bit sore after the massage", "none")]
    [InlineData("I do not take steroids and have never fallen, my back is just sore", "none")]
    // A joke, a talk, a television programme, a term's meaning, a general statement.
    [InlineData("my only chest pain is the electricity bill, joke, back's fine", "none")]
    [InlineData("my mates joke about it but I've lost two stone without trying and my back aches", Dispositions.Urgent)]
    [InlineData("our running club had a talk on DVT, can massage cause one? I'm fine", "none")]
    [InlineData("on Casualty a man came in with back pain and it was his heart, chest pain and all. I feel fine", "none")]
    [InlineData("what does 'saddle anaesthesia' refer to? purely academic", "none")]
    [InlineData("is it true that a small fall can break the back if you have osteoporosis? I don't have it", "none")]
    // Someone else's past: a parent named without "my", a parishioner in remission and pain free, a client's dog.
    [InlineData("Mum had cancer in her spine years ago; my back is just sore after the massage", "none")]
    [InlineData("one of our parishioners had spinal cancer years ago and is in remission and pain free, can she have a massage?", "none")]
    [InlineData("a client's dog had a spinal infection, can people get that?", "none")]
    // Retention told as not needing the loo or nothing happening; bladder fullness not understood; a bowel's warning lost.
    [InlineData("haven't needed the loo since this morning though I've drunk plenty, and my back aches", Dispositions.Emergency)]
    [InlineData("weeing just isn't happening since last night", Dispositions.Emergency)]
    [InlineData("I can't understand if my bladder is full or not since the massage", Dispositions.Emergency)]
    [InlineData("since the massage I've lost the usual warning before a bowel movement", Dispositions.Emergency)]
    [InlineData("no ejaculation since the massage and my back hurts", Dispositions.Emergency)]
    // A car into the back of one; a back that sticks out more than it used to; as bad as week one.
    [InlineData("a van went into the back of my car yesterday and my back is sore", Dispositions.Emergency)]
    [InlineData("my back looks wonky, one side sticks out more than it used to", Dispositions.Urgent)]
    [InlineData("six weeks of back pain and it's exactly as bad as week one", Dispositions.Urgent)]
    [InlineData("pain between my shoulder blades for a week, doesn't ease lying down", Dispositions.Urgent)]
    // A stoop to weed and a twist lifting are verbs; a dance explains jelly legs; a film, a friend, a thermometer.
    [InlineData("my low back aches when I stoop to weed the beds", "none")]
    [InlineData("sore since I twisted lifting a box", "none")]
    [InlineData("my legs are like jelly but that's from the dancing last night", "none")]
    [InlineData("we watched a film where a man's legs go numb after a massage, is that a thing?", "none")]
    [InlineData("my husband says my cooking gives him chest pains lol, can I book him in?", "none")]
    [InlineData("my friend say when you feel pain between the shoulder blades it is the heart, is true? I have no pain", "none")]
    [InlineData("I thought I was getting a temperature but the thermometer says 36.6", "none")]
    [InlineData("What does mean 'saddle anaesthesia'? I only want to understand the english", "none")]
    [InlineData("both legs have pins and needles since I got up, it hasn't gone after walking about", Dispositions.Emergency)]
    // Dialect: Scots "canna", "masel", "dinna"; Geordie "nee", "divvent"; "numb nowhere" but "out of nowhere".
    [InlineData("I canna feel the paper when I wipe, like it's somebody else's bum", Dispositions.Emergency)]
    [InlineData("I've wet masel twice since the massage and dinna know when I need to go", Dispositions.Emergency)]
    [InlineData("nee temperature, legs fine, just a sore back for a week", "none")]
    [InlineData("back's a bit stiff but I'm numb nowhere and my legs are fine", "none")]
    [InlineData("I finished chemo last year and this back ache came out of nowhere two weeks ago", Dispositions.Urgent)]
    // Heavy bleeding like a tap; pain wrapping round the front like a band; dribbles; up onto the toes; the small hours.
    [InlineData("I'm 6 months pregnant and blood is coming like a tap", Dispositions.Emergency)]
    [InlineData("pain went from my back round the front like a band, cold sweat", Dispositions.Emergency)]
    [InlineData("haven't had a proper wee since yesterday, just dribbles", Dispositions.Emergency)]
    [InlineData("I can't rise onto my toes on either foot since the massage", Dispositions.Emergency)]
    [InlineData("the pain is worst between 2 and 4 in the morning", Dispositions.Urgent)]
    // A new bend in the spine; a bowel cancer years ago and a back now "nipping"; a prostate out.
    [InlineData("my spine has a new bend in it, leaning to the left", Dispositions.Urgent)]
    [InlineData("had bowel cancer a few years back and now my back's started nipping", Dispositions.Urgent)]
    [InlineData("I had my prostate out in 2019 and my back has ached for three weeks", Dispositions.Urgent)]
    // "Long back" is long ago; "way back from" is a journey; a generic "you"; the only numb thing is a wallet.
    [InlineData("my uncle had sciatica in both legs long back, I only have a light ache after the massage", "none")]
    [InlineData("knocked off my bike on the way back from work, went over the bonnet, back stiffer since", Dispositions.Emergency)]
    [InlineData("my friend swears a massage makes you feel flu-ish after, is that true? I'm not ill", "none")]
    [InlineData("the only thing that's gone numb is my wallet after paying the parking", "none")]
    [InlineData("knelt so long laying tiles I've lost all feeling in my dignity lol", "none")]
    // Much red blood in pregnancy; loss of bowel control named; trousers falling down; a back that shouts; a chisel.
    [InlineData("I'm 5 months pregnant and there is much red blood coming", Dispositions.Emergency)]
    [InlineData("new loss of bowel control since yesterday and my low back hurts", Dispositions.Emergency)]
    [InlineData("my trousers are falling down, I ain't even tried to lose weight, and my back's bad", Dispositions.Urgent)]
    [InlineData("when I cough my back is screaming", Dispositions.Urgent)]
    [InlineData("between my shoulder blades, like a chisel's been wedged in there", Dispositions.Urgent)]
    [InlineData("one leg's fatter than the other and red behind the knee", Dispositions.Urgent)]
    [InlineData("pins and needles down my right leg since the session and it never wears off", Dispositions.Urgent)]
    [InlineData("no morning glory for four days since the massage and it feels numb", Dispositions.Emergency)]
    // A relative's fall when the writer was a child; "if me legs ever"; a first aid talk; seen on the wards; a tall tale.
    [InlineData("my uncle had a fall from a roof when I was a child; I'm healthy, is massage good for prevention?", "none")]
    [InlineData("if me legs ever go numb after a massage do I ring you or 999? not that they have", "none")]
    [InlineData("we had a first aid talk and they said back pain with chest pain is an emergency, why?", "none")]
    [InlineData("I've seen enough chest pain on the wards to know I haven't got that", "none")]
    [InlineData("do you treat people after a car crash? it's for a college project", "none")]
    [InlineData("someone at church said a massage made her go numb between the legs, is that a tall tale?", "none")]
    [InlineData("my legs have gone completely numb... from boredom, on hold to the GP", "none")]
    // A shake of the leg is not shaking; the feeling came back after a shake and a walk.
    [InlineData("my leg went dead in the van, came back after a shake and a walk round", "none")]
    [InlineData("I'm shaking all over with a temperature and my back is killing me", Dispositions.Urgent)]
    // Air not taken in with a swollen leg; a safety pin at the waist; pain straining at stool; no wee since breakfast.
    [InlineData("one leg big and red since the massage and today I cannot take air normal", Dispositions.Emergency)]
    [InlineData("my skirts now need a safety pin at the waist and I've made no effort to slim; back aching for weeks", Dispositions.Urgent)]
    [InlineData("straining at stool, forgive the phrase, gives me terrible pain in my lower back", Dispositions.Urgent)]
    [InlineData("no wee since breakfast though I've drunk plenty, back sore since the massage", Dispositions.Emergency)]
    [InlineData("he is not knowing when urine is coming and his pyjamas were wet", Dispositions.Emergency)]
    [InlineData("35/40 and tightenings every eight minutes with low back ache", Dispositions.Urgent)]
    [InlineData("I used to think my numb bum was just the seat but it's been there two days now", Dispositions.Emergency)]
    [InlineData("my legs are like wet spaghetti, both of them, I keep having to grab the kitchen side", Dispositions.Emergency)]
    [InlineData("a patch of numbness the size of a playing card on my left thigh since the massage", Dispositions.Urgent)]
    // Pins and needles gone in two minutes, gone instantly, fine within a minute; an activity all night; the clinic's own bot.
    [InlineData("pins and needles in my left foot on the bus, went in two minutes", "none")]
    [InlineData("a few seconds of tingling in my foot when I crossed my legs, gone instantly when I uncrossed them", "none")]
    [InlineData("pulled pints all night and my lower back's a bit tender", "none")]
    [InlineData("your bot asked me 'do you have chest pain?' and I'm curious why a massage clinic asks that", "none")]
    [InlineData("I read in a WhatsApp forward that massage can paralyse the legs, is that true? I'm fine", "none")]
    [InlineData("I've lost 5 kg but that's because I started commuting by bike, and my back is a bit sore", "none")]
    [InlineData("my old man had a tumour on his spine back in the 90s, mine is just a sore back from the massage", "none")]
    // Northern dialect ("messel", "nivver", "ah"); "me tackle"; weeks gone; not a flicker of improvement; not knowing when the bladder is full.
    [InlineData("this morn ah messed messel an nivver felt it comin", Dispositions.Emergency)]
    [InlineData("me tackle's gone numb since the massage", Dispositions.Emergency)]
    [InlineData("twenty nine weeks gone and a bit of pink when I wipe", Dispositions.Urgent)]
    [InlineData("back pain six weeks now and not a flicker of improvement", Dispositions.Urgent)]
    [InlineData("is it normal to not know when my bladder is full? I only realise when I'm already leaking", Dispositions.Emergency)]
    [InlineData("since today I cannot feel when I need to go for motion. Before I was completely normal", Dispositions.Emergency)]
    [InlineData("a week off work and the pain is just as bad lying still as moving about", Dispositions.Urgent)]
    // Why they call it; if a pregnant lady; could I get a DVT; sweating in a heatwave; tender where she worked; a bench.
    [InlineData("why do they call it saddle numbness? no symptoms, just curious", "none")]
    [InlineData("if pregnant lady is bleeding after massage what to do? asking for my knowledge", "none")]
    [InlineData("if I sit 10 hours after a massage could I get a DVT? no leg symptoms", "none")]
    [InlineData("could I get an appointment? my right leg is numb since the massage", Dispositions.Urgent)]
    [InlineData("I'm sweating like mad but not a temperature, checked. Back just tender", "none")]
    [InlineData("my calves feel a bit tender where she worked on them, no swelling", "none")]
    [InlineData("my bum went a bit dead on the hard bench but woke up the moment I stood", "none")]
    // Rammed by a van; a cassock gone baggy; legs that would not push; needles; a muffled feeling; zero improvement.
    [InlineData("got rammed by a van at the junction, the car's a write-off, my back's really painful", Dispositions.Emergency)]
    [InlineData("my cassock has become baggy these two months and I've not been trying to lose weight; my back aches", Dispositions.Urgent)]
    [InlineData("both legs just wouldn't push on the climbing wall tonight, like someone unplugged them", Dispositions.Emergency)]
    [InlineData("I used drug with needle two weeks before and now my back pain is strong", Dispositions.Urgent)]
    [InlineData("odd dullness down the back of my left leg to the heel, the feeling's muffled", Dispositions.Urgent)]
    [InlineData("five weeks of lower back pain, zero improvement", Dispositions.Urgent)]
    [InlineData("no ejaculation and less feeling down there since the massage. Before it was totally normal", Dispositions.Emergency)]
    // "Word for word" is not a question about a word; the word for something is; a pay slip is not a fall.
    [InlineData("my wife asked me to write this word for word: I am 30 weeks pregnant and bleeding heavily", Dispositions.Emergency)]
    [InlineData("what's the word for numbness in the groin area again? my friend mentioned it", "none")]
    [InlineData("how would you explain urinary retention simply? it's for a leaflet", "none")]
    [InlineData("foot numb for a min after sleeping on it, totally fine now", "none")]
    [InlineData("clipped by a reversing van in the yard, knocked me clean off my feet, back very painful", Dispositions.Emergency)]
    // A weight written twice, falling (MeasuredTrend), read in its context: a goal or a rise is not a loss.
    [InlineData("Weight 82.4 kg in January, 74.1 kg this morning. Not dieting. Lower back ache", Dispositions.Urgent)]
    [InlineData("I want my weight to go from 90 kg to 80 kg, my back aches", "none")]
    [InlineData("I weighed 70kg in March and 76kg now, back aches", "none")]
    [InlineData("Every time I cough it catches me in the small of the back like a hook", Dispositions.Urgent)]
    [InlineData("Not pregnant now, only planning: would bleeding in pregnancy stop a massage?", "none")]
    [InlineData("My bum has gone numb, like after the epidural with my first", Dispositions.Emergency)]
    [InlineData("The ache feels nothing like labour, more like a long day on my feet", "none")]
    [InlineData("Asking because an hour after the massage I've got a crushing pressure in my chest", Dispositions.Emergency)]
    [InlineData("I had a temperature last week with a cold but that's long over", "none")]
    [InlineData("The suit I wore to my son's wedding fits me again and I haven't been dieting, my back aches", Dispositions.Urgent)]
    [InlineData("Got nowt down there since the massage, no feeling at all", Dispositions.Emergency)]
    [InlineData("72 now, and this back pain came from nowhere three weeks ago, never had a bad back", Dispositions.Urgent)]
    [InlineData("My husband says he's paralysed from the waist down every time I ask him to do the dishes", "none")]
    [InlineData("My leg was numb for a few minutes after sitting cross legged, then fully normal", "none")]
    [InlineData("I read in the paper that back pain at night can be cancer, I don't have any pain myself", "none")]
    [InlineData("My uncle had spinal TB years back so the family worries. But my own problem is just soreness from the massage, easing now", "none")]
    [InlineData("Lipoma removed from my back years ago, it was only fat; now the scar area is a bit tender after the massage", "none")]
    [InlineData("My legs went numb from sitting on hold for an hour! Only joking. Do you have a Saturday slot?", "none")]
    [InlineData("Both my legs have gone numb since the massage. Only joking about the price though, it was worth it.", "emergency")]
    [InlineData("My leg went dead on the drive back, came right when I stopped for fuel", "none")]
    [InlineData("Came aff ma motorbike last night and skidded along the road, my back is stiff", "emergency")]
    [InlineData("Been jaggin gear again and my back is sore and getting worse", "urgent")]
    [InlineData("I use a steroid nose spray for hay fever, my back is just sore from the massage", "none")]
    [InlineData("Both legs strong, just a sore back after the massage", "none")]
    [InlineData("My son is 15, he never have back pain before, now his back hurts two weeks", "urgent")]
    [InlineData("me pregnant 5 month, blood come very much, back pain", "emergency")]
    [InlineData("Would you say saddle numbness is the same as a numb bum from cycling? Just curious", "none")]
    [InlineData("My sister had a clot once, so I checked my calf and it is not swollen or hot. Back just sore.", "none")]
    [InlineData("Nothing between the shoulder blades, the soreness is low down only and easing", "none")]
    [InlineData("Say I fell over on the way home after the massage, would that be covered? Only messing.", "none")]
    [InlineData("Things haven't been right downstairs, if you get me, can't get it up and it's numb down there", "emergency")]
    [InlineData("I not feel when I must go toilet, it come out already, I notice only after", "emergency")]
    [InlineData("Blood all over the toilet, mair than a period, I'm 22 weeks pregnant", "emergency")]
    [InlineData("My legs went like jelly on the table only because it was so relaxing, walking fine today", "none")]
    [InlineData("By midnight the pain in my back is agony and nothing settles it", "urgent")]
    [InlineData("had to buy pads today, never needed them before, back killing", "emergency")]
    [InlineData("Sixteen week gone, losing blood proper heavy since teatime with clots", "emergency")]
    [InlineData("Been using again, needles like. Back's sore and getting worse", "urgent")]
    [InlineData("I can't get, well, things working in the bedroom, and there's not much feeling down there either", "emergency")]
    [InlineData("casn't wee since last night and me back is bad", "emergency")]
    [InlineData("I be 83. Went arse over tit on the wet grass and me back's been bad ever since", "emergency")]
    [InlineData("left calf bigger than the right and warm, and breathing feels a lot harder since an hour ago", "emergency")]
    [InlineData("Bruise-free, fever-free, just stiff after the massage and easing", "none")]
    [InlineData("If I wet myself after a massage, would that be something to worry about? I haven't.", "none")]
    [InlineData("Was worried my hamstring was tingling but it's just the tiger balm I rubbed in", "none")]
    [InlineData("Teammate ended up in A&E with the numb bum thing last season. I'm fine, just want a sports massage", "none")]
    [InlineData("your form asks about weight loss and night pain. ive got none of that, just booking a massage", "none")]
    [InlineData("my mate reckons after a massage your legs can go numb, is that true?", "none")]
    [InlineData("Nowhere near my chest, it is just a nice ache in my low back after the massage", "none")]
    [InlineData("Now I just find out afterwards, my bowels do what they like since the massage", "emergency")]
    [InlineData("five week now and me back's no better, nowt's changed", "urgent")]
    [InlineData("My left leg every hour more weak since the massage", "emergency")]
    [InlineData("She found something hard under the skin near my spine, like a small egg, and it hurts when pressed", "urgent")]
    [InlineData("it's gone completely anaesthetised down below since yesterday", "emergency")]
    [InlineData("my lady part no feeling when husband touch, before is normal", "emergency")]
    [InlineData("I've had the sweats and chills since Tuesday and my back has got worse rather than better", "urgent")]
    [InlineData("Sciatica down me right leg's been hanging about three weeks, only the one leg, no numbness", "none")]
    [InlineData("sore after massage but i sleep ok at night, no wake up", "none")]
    [InlineData("my leg pin needle little, but 5 minute gone. now only back sore", "none")]
    [InlineData("my mate reckons you can get chest pain from a massage, is that a thing? I'm not having any", "none")]
    [InlineData("lol my legs are numb from sitting through the school concert. joking. what are your opening hours?", "none")]
    [InlineData("I don't feel any numbness or tingling, I can pee normally, is a hot shower ok?", "none")]
    [InlineData("my chest feels fine, no pain there, the only thing tight is my hamstrings", "none")]
    [InlineData("My foot went numb on the drive home, came back after I got out and walked", "none")]
    [InlineData("What's this saddle numbness thing your poster keeps going on about? Not that I've got it, I'm just nosy.", "none")]
    [InlineData("Why would unexplained weight loss be a warning sign with back pain?", "none")]
    [InlineData("My wife is pregnant 10 weeks. If she will have bleeding after massage what we must do?", "none")]
    [InlineData("my back doesn't hurt when I cough, it's just the usual ache from the massage", "none")]
    [InlineData("33 weeks pregnant and just passed a big gush of blood, still coming", "emergency")]
    [InlineData("barely managed a trickle since yesterday and my back is worse", "emergency")]
    [InlineData("my legs feel like they belong to a mannequin from the knees down since the massage", "emergency")]
    [InlineData("cant feal my bum since the massage", "emergency")]
    [InlineData("left foot feels a bit lazier pushing off since the massage", "urgent")]
    [InlineData("something like a ball under the skin on my back near the spine, hard, first time I see it", "urgent")]
    [InlineData("at night it wakes me at 3am every night and lying still makes no odds", "urgent")]
    [InlineData("I don't feel any numbness in my legs, just a sore back", "none")]
    [InlineData("I dont feel any tingling in my bum", "none")]
    [InlineData("I don't feel any difference in my bladder, I just can't feel the toilet paper when I wipe", "emergency")]
    [InlineData("been trying to pee 2hrs nothng comes. back killng", "emergency")]
    [InlineData("my manhood is not feeling anything and not working properly with my wife since the massage", "emergency")]
    [InlineData("I had breast cancer 4 years ago, all clear since. This back ache is new and it hasn't really settled.", "urgent")]
    [InlineData("It is now two months my back is paining, nothing is changing.", "urgent")]
    [InlineData("I had bicycle accident with car last week and hit the road with my back", "emergency")]
    [InlineData("left foot feels like its got a sock bunched up under it since the massage", "urgent")]
    [InlineData("Feeling like I've been hit by a bus lol. Achy all over the lower back but I can move fine.", "none")]
    [InlineData("Only chest pain I've got is from my mate's terrible jokes", "none")]
    [InlineData("bth lgs nmb & wk. cnt stnd up prprly. hlp", "emergency")]
    [InlineData("bk pn + tght chst, lk a bnd sqzng. strtd 20 mns ago", "emergency")]
    [InlineData("I'm writing for Mrs Patel, her back is a bit sore after the massage", "none")]
    [InlineData("am 58 an never had a sore back till three weeks ago, came on out of the blue", "urgent")]
    [InlineData("I went down the list on your leaflet, no lumps, no fever, just an ache", "none")]
    [InlineData("bum went dead from the seat, got out and walked about and it came back straight away", "none")]
    [InlineData("What happen if it go to my legs or I cannot control pee? Now it is not like that", "none")]
    [InlineData("two episodes of faecal soiling without awareness since yesterday, back pain", "emergency")]
    [InlineData("Pyrexic at 38.4 this evening with lumbar pain since the massage", "urgent")]
    [InlineData("Our cab was hit side-on by a lorry this morning and now my lower back is agony", "emergency")]
    [InlineData("bus accident on the way home, back is killing me", "emergency")]
    [InlineData("the van flipped onto its side on the motorway, my back hurts", "emergency")]
    [InlineData("Had salmonella last week and now my back is really aching", "urgent")]
    [InlineData("thirty-four weeks, tightenings every ten minutes and my back is aching", "urgent")]
    [InlineData("my spine looks uneven now, one side is more high", "urgent")]
    [InlineData("nt numb, nt tingly, just sore", "none")]
    [InlineData("numbness, fever, wee problems - said no to all", "none")]
    [InlineData("Is there science behind massage causing blood clots?", "none")]
    [InlineData("checked my calves for swelling after the flight, all fine, back a bit tender", "none")]
    [InlineData("calves are fine, no redness, my back is a bit tender", "none")]
    [InlineData("Can massage help prevent a DVT on long flights?", "none")]
    [InlineData("wt loss of 5kg without trying and back pain for weeks", "urgent")]
    [InlineData("pain doesn't ease no matter what I do, worst in the small hours", "urgent")]
    [InlineData("legs like spaghetti, both of them, can hardly stand", "emergency")]
    [InlineData("each sneeze = 💥 in my lower back", "urgent")]
    [InlineData("had breast cancer five years ago and since last month new back pain", "urgent")]
    [InlineData("no warning any more before I need a poo, back is bad", "emergency")]
    [InlineData("the area where I'd sit on a saddle has gone numb since yesterday", "emergency")]
    [InlineData("legs went pins and needles on the loo, but it finished once I stood up", "none")]
    [InlineData("accidents with number 2s now, no warning, and my back aches", "emergency")]
    [InlineData("my claes are hingin aff me and I'm not dieting, back pain for weeks", "urgent")]
    [InlineData("between my shoulder blades it feels like a thumb jammed in", "urgent")]
    [InlineData("I shoot up sometimes and my back is killing me", "urgent")]
    [InlineData("my legs are dead after the run. Not literally! Can I book?", "none")]
    [InlineData("is saddle numbness from cycling? Saw it on your leaflet.", "none")]
    [InlineData("the feeling down below is muted since yesterday", "emergency")]
    [InlineData("keep finding marks in my underwear without noticing, back is sore", "emergency")]
    [InlineData("left leg feels less strong on the stairs", "urgent")]
    [InlineData("my foot went numb, I shook it out and it was fine, back a bit sore", "none")]
    [InlineData("lying down helps and it doesn't wake me at night, just sore", "none")]
    [InlineData("it just came out without me feeling anything, and my back hurts", "emergency")]
    [InlineData("carrying belle of six months and blood is pouring out", "emergency")]
    [InlineData("that hit-by-a-bus feeling after a deep massage, easing now", "none")]
    [InlineData("checked my temperature after feeling warm last night and it's 36.6", "none")]
    [InlineData("I don't notice when I need a wee any more, back is bad", "emergency")]
    [InlineData("I was worried I'd get that numb bum thing, but no, everything feels normal down there", "none")]
    [InlineData("it's constant and it's had me up four nights running", "urgent")]
    [InlineData("if Jo's legs ever went numb after a massage what should Jo do", "none")]
    [InlineData("if anything, my legs are getting weaker", "emergency")]
    [InlineData("Any numbness in your saddle area? No. Any trouble with your bladder? No.", "none")]
    [InlineData("I asked him: any numb feeling in the bottom? He said no.", "none")]
    [InlineData("bladder output zero since this morning despite a strong urge, back pain", "emergency")]
    [InlineData("continence failure twice today with my bowels, lower back aching", "emergency")]
    [InlineData("she's 36 week and her back tightens up and lets go every five minute", "urgent")]
    [InlineData("Toes went tingly in a hot bath, gone straight after I got out, back sore", "none")]
    [InlineData("feels like a dentist injection in my bum since the massage", "emergency")]
    [InlineData("my undercarriage has gone numb, not even joking", "emergency")]
    [InlineData("Jokingly told my husband I'd lost feeling in my legs so he'd make dinner", "none")]
    [InlineData("something cracked like a twig in my back and I have osteoporosis", "emergency")]
    [InlineData("does your bot spot red flags like bladder retention? just testing", "none")]
    [InlineData("Watched a TikTok where someone couldn't feel their legs after a massage", "none")]
    [InlineData("calves soft and non-tender, back a bit sore", "none")]
    [InlineData("Negative on the numb bum, negative on the legs, just a sore back", "none")]
    [InlineData("reduced sensitivity where I sit on a bike saddle since the massage", "emergency")]
    [InlineData("legs filled with cement, both of them, shuffling", "emergency")]
    [InlineData("the old soldier won't stand to attention since the massage", "emergency")]
    [InlineData("Found needles in his room, I think he's using again, and now his back is agony", "urgent")]
    [InlineData("unilateral calf oedema and erythema after the flight", "urgent")]
    [InlineData("back a bit stiff after my massage last night, worse when I bend", "none")]
    [InlineData("Dreamt I fell off a roof, back a bit sore from the massage", "none")]
    [InlineData("my jeans were wet when I got off the bus and I hadn't felt a thing", "emergency")]
    [InlineData("can't get the wee out, I stand there for ages, back is bad", "emergency")]
    [InlineData("24 weeks gone, a bit of pink when I wiped, back achy", "urgent")]
    [InlineData("Hypothetically, if I had a massage while pregnant and started bleeding heavily, what then?", "none")]
    [InlineData("I'm 30 weeks pregnant and while I was at the massage I started bleeding heavily", "emergency")]
    [InlineData("no numbness while walking, but my bum has gone numb since this morning", "emergency")]
    public void ContextDecidesWhetherTheSameWordsAreARedFlag(string message, string expected)
    {
        // A red flag must be given at its urgency, though the second opinion may ask the emergency question first (its
        // "no" gives the rules' advice); a harmless message must get nothing at all, not even a question. "question":
        // no rule fires, and the second opinion, which asks from a probability of 0.7 (docs/red-flag-understanding.md),
        // may ask its one neutral question, never give advice.
        var check = Detector.Check(message);
        var plain = check.Ambiguous && check.Rules.Contains(RedFlagDetector.SuspectedEmergency) ? check.WithoutAmbiguous() : check;
        var holds = expected switch
        {
            "none" => !check.IsRedFlag,
            "question" => check.Matches.All(m => m.Ambiguous && m.RuleId is RedFlagDetector.SuspectedEmergency or RedFlagDetector.SuspectedUrgent),
            _ => plain.Urgency == expected,
        };
        Assert.True(holds, $"'{message}': expected {expected}, got {check.Urgency} [{string.Join(",", check.Rules)}]");
    }

    [Theory]
    [InlineData("I've a tickly cough and my back is a bit tender, but coughing doesn't make the back any worse", "U-COUGH-SNEEZE")]
    [InlineData("Sneezed three times this morning and it didn't hurt at all, my back is just stiff", "U-COUGH-SNEEZE")]
    [InlineData("I'm not pregnant, but is bleeding after a massage a worry if I ever am?", "U-PREGNANT-WORRY")]
    public void ASignDeniedElsewhereInTheMessageDoesNotFireItsRule(string message, string rule) =>
        Assert.DoesNotContain(rule, Detector.Check(message).Rules);

    [Theory]
    [InlineData("Emeritus professor, 74. Lost my footing stepping off the bus and sat down rather abruptly.")]
    [InlineData("One of our ladies (88) slid off the edge of her bed onto the floor tonight")]
    public void ANumberStandingAloneIsReadAsAnAge(string message) =>
        Assert.Equal(Dispositions.Emergency, Detector.Check(message).Urgency);

    [Fact]
    public void ANumberInsideAClauseIsNotAnAge() =>
        Assert.DoesNotContain(Read("I slipped on the 72 bus steps, my back is a bit sore").Mentions, m => m.Concept == "older_age");

    [Theory]
    [InlineData("If my legs went numb after a massage what should I do? Asking before I book.")]
    [InlineData("Nadia wonders what she should do if her legs ever went numb after a massage.")]
    public void AQuestionAboutWhatToDoIfIsHypothetical(string message) => Assert.False(Detector.Check(message).IsRedFlag);

    [Fact]
    public void ARedFlagAtTheEndOfAVeryLongMessageIsCaught()
    {
        var message = string.Concat(Enumerable.Repeat("The massage was lovely and I feel a bit stiff today. ", 600)) + "Now I can't feel my bum at all.";
        Assert.Equal(Dispositions.Emergency, Detector.Check(message).Urgency);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂")]
    public void EmptyMessagesAreNone(string? message) => Assert.Same(RedFlagCheck.None, Detector.Check(message));

    [Theory]
    [InlineData("I had chest pain last week which turned out to be reflux. Back is just sore today.", "none")]
    [InlineData("My chest pain turned out to be a pulled muscle, the back is only stiff.", "none")]
    [InlineData("Chest pain before, it turned out to be nothing, but now crushing chest pain again since this morning.", "emergency")]
    [InlineData("Had breast cancer in 2015 and over the last three weeks a new ache in my lower back.", "urgent")]
    [InlineData("In the past I had numb legs, all fine now, just a sore back.", "none")]
    public void WhatACheckFoundAndATimeThatReachesNowSetTheSignsTime(string message, string expected)
    {
        // A sign that a check found to be something harmless is not that sign; a span of time that reaches now ("over the
        // last three weeks") ends a past scope, while "in the past" alone is still the past (round 65).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("I have not been able to void since this morning and my back hurts.", "emergency")]
    [InlineData("Tingling perianal area since the massage.", "emergency")]
    [InlineData("I'm 61 and this is my first ever bout of back pain.", "urgent")]
    [InlineData("Ma legs have both gone numb since this morning.", "emergency")]
    [InlineData("Ma pal fell off a roof last year. Do you do gift vouchers?", "none")]
    [InlineData("Nearly wet myself laughing at the therapist's jokes, back feels great.", "none")]
    [InlineData("Went over on my ankle at netball, didn't fall, back is a bit stiff.", "none")]
    public void ClinicalWordsDialectAndFiguresOfSpeech(string message, string expected)
    {
        // "void" and "perianal" are the clinician's words; "first ever bout" is new pain; "ma" is Scots for "my"; nearly
        // wetting oneself and going over on an ankle are not incontinence or a fall (round 65).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Bilat sciatica since this morning.", "emergency")]
    [InlineData("interscapular pain, new, no trauma.", "urgent")]
    [InlineData("LBP 8/52, no improvement with physio.", "urgent")]
    [InlineData("Central CP radiating to the back, started 20 min ago.", "emergency")]
    [InlineData("My son has CP and I'm asking about massage for my own back.", "none")]
    public void ClinicalShorthandIsReadAsAClinicianWritesIt(string message, string expected)
    {
        // "bilat", "interscapular", weeks as "8/52" and "central CP" are how a nurse or doctor types a sign; "CP" alone
        // may be cerebral palsy, so only its chest forms are chest pain (round 66).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("My calf is swollen and my breathing has become short.", "emergency")]
    [InlineData("I've got the runs and I just went without knowing I needed to.", "emergency")]
    [InlineData("When I use the toilet paper I can't feel anything there.", "emergency")]
    [InlineData("33 weeks, since this morning water comes little by little from down there.", "urgent")]
    [InlineData("I feel my feet less with every hour.", "emergency")]
    [InlineData("My mate pissed himself on Saturday but he was hammered. My back is just stiff.", "none")]
    [InlineData("Pins and needles in my foot on the couch, then it went totaly. Back a bit sore.", "none")]
    [InlineData("Car crash insurance claim: can you send me my invoices?", "none")]
    public void SignsInEverydayWordsAndWhatExplainsThemAway(string message, string expected)
    {
        // Breath "become short", going "without knowing", the paper that feels nothing, fluid "from down there", feet felt
        // "less with every hour"; someone drunk wetting himself, a tingle that "went totaly" and an insurance claim are not
        // signs (round 66).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("My wife has had numbness in both legs for 20 years from her MS, nothing new. My back is just sore.", "none")]
    [InlineData("My son, 15 years old, has new back pain since a month and nothing started it.", "urgent")]
    [InlineData("I'm 15 years old and my back has hurt for a month with no reason.", "urgent")]
    [InlineData("Since the massage I've lost all feeling in the parts one would rather not mention.", "emergency")]
    [InlineData("Calf swollen, sudden SOB.", "emergency")]
    [InlineData("I could sob, my back is so stiff after the massage.", "none")]
    public void ADurationInYearsIsNotAnAgeAndEuphemismsAndShorthandNameTheirSigns(string message, string expected)
    {
        // "for 20 years" is how long, not how old (it read as an age, which swallowed the long-standing cue); "the parts one
        // would rather not mention" is the saddle; "sudden SOB" is breathlessness, "I could sob" is not (round 67).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("My cousin had an emergency back operation in 2019, he could not pee, now he is ok. Do you have a branch there?", "none")]
    [InlineData("My sister went to hospital in 2010 because she couldnt pass water. I don't have that.", "none")]
    [InlineData("My mate had to go to A&E for his back last year cos he couldn't wee. I just want a massage.", "none")]
    [InlineData("My husband had cancer in 2019 and he can't pass water.", "emergency")]
    [InlineData("My husband had cancer in 2019, now he couldn't pass water all day.", "emergency")]
    [InlineData("My sister had an operation in 2010 and she couldnt pass water this morning.", "emergency")]
    [InlineData("My dad had a fall last year and then he couldnt feel his legs on Sunday.", "emergency")]
    [InlineData("My wife had surgery in 2020, she couldn't feel her bottom after her massage earlier.", "emergency")]
    public void SomeoneElsesPastToldInThePastTenseStaysTheirsToTheEndOfTheSentence(string message, string expected)
    {
        // "in 2019, he could not pee": the time reaches on through the comma and "because" while the past tense goes on;
        // a word of now ("can't", "now", "this morning") or of another, recent time ("then", "on Sunday", "after her massage
        // earlier") ends it, so someone unwell now is still read (round 68).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("pooed self. didnt feel it. back", "emergency")]
    [InlineData("my right foot is falling when I walk, it make slap slap on the floor", "emergency")]
    [InlineData("Would your chatbot pick up chest pain as a red flag? Asking for a blog post.", "none")]
    [InlineData("In the event that it matters, I wet myself this morning without noticing.", "emergency")]
    [InlineData("As a matter of interest both my legs went numb an hour ago, is that the massage?", "emergency")]
    [InlineData("I wonder whether this is normal: I can't feel my bottom when I wipe.", "emergency")]
    [InlineData("Should I suffer through this numbness in both legs or go to A&E?", "emergency")]
    [InlineData("I wonder if I should worry, both my legs are numb since this morning.", "emergency")]
    [InlineData("Just wondering if it's normal that I can't feel my bottom when I wipe.", "emergency")]
    [InlineData("Just wondering what would happen if someone couldn't feel their legs.", "none")]
    [InlineData("I joked to my wife that I couldn't feel my legs because it was so relaxing. Of course I can! Just sore.", "none")]
    [InlineData("I can't feel my legs. Of course I can still walk but they are numb.", "emergency")]
    [InlineData("Both my legs are numb. Joking aside, what should I do?", "emergency")]
    public void ShortcutsForSignsAndWaysOfAskingOrTakingBackThatAreNotTheWritersSymptoms(string message, string expected)
    {
        // "pooed self" without "my", a foot that falls and slaps; asking whether the chatbot would pick something up frames a
        // question, but "in the event that", "as a matter of interest", "I wonder whether" and "should I suffer" also open
        // real signs, so they frame nothing, and "just wondering" or "if I should" frame a writer's own sign only as a hedge; "Of course I can!" as a whole sentence takes back the one before, but not when
        // it goes on ("Of course I can still walk but…"), and "joking aside" takes nothing back (round 68).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Both my legs are numb. Was fine after the massage.", "emergency")]
    [InlineData("Both my legs were numb. It was fine after a minute.", "none")]
    [InlineData("She's clutching her chest and sweating.", "emergency")]
    [InlineData("Nan keeps rubbing her breastbone, it's going through to her back and she's clammy.", "emergency")]
    public void FineAfterTheMassageIsTheStateBeforeAndAHandOnTheChestIsChestPain(string message, string expected)
    {
        // "Was fine after the massage" tells how it was before the sign, as "fine until" does, and resolves nothing; "fine
        // after a minute" still does. Clutching or rubbing the chest is how chest pain is often told (round 68).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("There's a firm bump, ~2cm, just right of L3 that wasn't there 4 weeks ago.", "urgent")]
    [InlineData("found a lump beside L4 that wasnt there last month", "urgent")]
    [InlineData("Sore at L4 after the massage, no lump.", "none")]
    [InlineData("sciatica used to be just the left. now its both sides, down the backs of both legs to the heels", "emergency")]
    [InlineData("sore down the back of my thigh after the massage", "none")]
    public void AVertebralLevelIsTheBackAndPainDownTheBacksOfTheLegsIsNervePain(string message, string expected)
    {
        // A new lump "right of L3" is on the back, where a new lump is a red flag; pain "down the backs of both legs" is
        // sciatica in both legs, while pain down one thigh after a massage is not a red flag on its own (round 68).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Checklist:\n- fever: N\n- saddle numbness: N\n- both legs: N\nJust sore.", "none")]
    [InlineData("Checklist:\n- fever: N\n- saddle numbness: Y\n- both legs: N\nJust sore.", "emergency")]
    [InlineData("numb bum n", "emergency")]
    public void ACheckListLineAnsweredNDeniesItsItem(string message, string expected)
    {
        // "saddle numbness: N" is the checklist's no (an item denial, "itemDenials" in the content); a "Y" line stands, and
        // an "n" that does not end a checklist line denies nothing (round 68).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("my foot tingled for 20 seconds when I stood up, then it was gone", "none")]
    [InlineData("pins and needles in my left calf for about a minute after kneeling", "none")]
    [InlineData("both my legs go numb for a few seconds every time I stand up", "emergency")]
    [InlineData("numbness between my legs, it comes and goes for a minute at a time", "emergency")]
    [InlineData("I tried to wee for five minutes and nothing came", "emergency")]
    [InlineData("for the last 2 minutes I can't feel my legs", "emergency")]
    [InlineData("it's gone numb between my legs", "emergency")]
    [InlineData("I wet myself this morning without noticing, it's all gone now and I'm dry", "emergency")]
    public void APassingSensationIsOverButARecurringOneOrAnAttemptIsNot(string message, string expected)
    {
        // "For 20 seconds… then it was gone" tells a sensation that has passed; "every time I stand" or "comes and goes"
        // makes the short time each episode's length, and a short time given to anything but a sensation, weakness or
        // where it was felt ("tried to wee for five minutes") is not a passing sign (round 69, content "recurrence").
        // Wetting oneself is persistent, as a serious accident is: its being over does not end it.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("Pain. Down my leg. Past the knee. Worse each day.", "urgent")]
    [InlineData("Back worst. At night. Cannot lie. Sit in the chair.", "urgent")]
    [InlineData("numb. down below. both cheeks. since 6am", "emergency")]
    [InlineData("No fever. Yes numb. Both legs.", "emergency")]
    [InlineData("Day 1. Ache. Tender. Fine lying down.", "none")]
    [InlineData("Pain. Down my leg. But it stops at the knee and it's easing.", "none")]
    public void AReportInClippedPhrasesIsReadAsOne(string message, string expected)
    {
        // Three or more phrases of at most four words, each ended by a full stop: the rules read the message as one sentence,
        // so a course or a site in its own phrase belongs with its neighbours; each phrase keeps its own context, so "No
        // fever." denies only the fever (round 70). "Fine lying down" is rest easing the pain, not pain lying down.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("I can't sleep with the back pain", "urgent")]
    [InlineData("I don't feel anything strange in my legs or down there", "none")]
    [InlineData("I can't feel anything in my legs or down there", "emergency")]
    [InlineData("I not know anymore when my bladder is full", "emergency")]
    [InlineData("I passed a motion without even noticing it", "emergency")]
    [InlineData("I wasn't even aware I needed to go until I'd wet myself", "emergency")]
    [InlineData("nothing's coming out and I'm bursting", "emergency")]
    [InlineData("things aren't working down the stairs since my back went, if you get my meaning", "emergency")]
    [InlineData("since the massage there is a change in intimate function", "emergency")]
    [InlineData("before my massage everything was completely normal, now I can't feel my bum", "emergency")]
    [InlineData("it's not my lower back now, the pain went up between my shoulder blades", "urgent")]
    [InlineData("my mate read something about not being able to pee after a massage, I'm peeing fine", "none")]
    [InlineData("my wife asked about saddle numbness, neither of us have it", "none")]
    [InlineData("fell off the hay stack, twelve foot or so, landed on my back", "emergency")]
    [InlineData("back is fine at night, just achey in the day after the massage", "none")]
    [InlineData("can't get comfy at night, the back pain grinds on whatever position", "urgent")]
    [InlineData("laughing so hard I near enough wet myself, back just sore from the massage", "none")]
    [InlineData("that massage nearly made me wet myself, it hurt so good", "none")]
    [InlineData("pins and needles in my foot on the table, went after like 2 mins, back's just massage sore", "none")]
    [InlineData("my foot went to sleep in the car but it was fine by the time we got home", "none")]
    [InlineData("little pins and needles in my foot, but it go away after 5 minutes when I walk", "none")]
    [InlineData("my foot is numb and nothing makes it go away", "urgent")]
    [InlineData("my cousin had an operation on his back 10 years ago because he could not pee. can this happen from massage?", "none")]
    [InlineData("my uncle had an operation long ago because he could not pee, and now I can't pee since my massage", "emergency")]
    public void Round70ReadsWhatPeopleMeanInTheirOwnWords(string message, string expected)
    {
        // Round 70: "can't sleep" is night pain (the phrase had been split into wrong slots); "nothing strange" denies, where
        // "can't feel anything" is numbness; not knowing when the bladder is full, or not noticing a motion, is lost
        // sensation; a change in intimate function is a sexual one; "before … normal" is the baseline, not a denial; the
        // pain that went up between the shoulder blades has moved; what someone read "something about" is what they read,
        // and "neither of us have it" denies the term asked about. The reason for a past event ("because he could not pee") is
        // as past as the event (content "reasonWords"); the writer's own "now I can't pee" is not.
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("legs are dead after the gym lol", "none")]
    [InlineData("my feet are dead after a double shift", "none")]
    [InlineData("both my legs have gone dead since the gym session", "emergency")]
    [InlineData("there's a dead patch on my bum since my run", "emergency")]
    [InlineData("my legs are dead", "emergency")]
    public void DeadLegsAfterEffortAreTiredLegs(string message, string expected)
    {
        // "Dead" in the company of effort or tiredness is its everyday sense (content "otherSenses"); "gone dead", "a dead
        // patch" and "dead" alone keep the sense of numbness (round 69).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("My sister asked me what saddle anaesthesia means. Curious!", "none")]
    [InlineData("coach asked me, what's the deal with saddle numbness? I don't have it", "none")]
    [InlineData("I think I have saddle numbness, what should I do?", "emergency")]
    [InlineData("I read about saddle numbness and I think I have it, my bum is numb", "emergency")]
    [InlineData("I read about saddle numbness online, just curious what it is", "none")]
    public void ATermSomeoneAskedTheWriterAboutIsNotTheWritersClaim(string message, string expected)
    {
        // "asked me" is the writer being asked, not the writer claiming the term, so curiosity sets the term aside; "I
        // think I have saddle numbness" is a claim, and it ends what reading about the term framed (a terminator, round 69).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("I can't tell when my bladder is full any more", "emergency")]
    [InlineData("he doesn't know when he needs a poo anymore, it just happens", "emergency")]
    [InlineData("No, he hasn't lost the feeling in his bladder", "none")]
    [InlineData("it's not my lower back now, it's between my shoulder blades", "urgent")]
    [InlineData("not the lower back where she worked, it's up between my shoulder blades", "urgent")]
    [InlineData("upper back tight after she massaged my shoulders", "none")]
    [InlineData("32 weeks pregnant, back ache and the baby has been really quiet today", "urgent")]
    [InlineData("32 weeks pregnant, back ache, baby kicking loads", "none")]
    [InlineData("I'm 63 and never had back trouble in my life until a month ago", "urgent")]
    [InlineData("0 improvement after 5 weeks of back pain", "urgent")]
    [InlineData("six weeks of back pain and still the same", "urgent")]
    public void LostBladderFeelingTroubleMovedUpAQuietBabyAndAFirstEverBackPain(string message, string expected)
    {
        // Not knowing when the bladder is full is a loss of its sensation (E-BLADDER-SENSATION); the trouble moved from the
        // lower to the upper back is upper back pain without a pain word (U-UPPER-BACK-MOVED); a quiet baby in pregnancy,
        // a first ever back pain past 50 and no change after weeks are red flags in everyday words (round 69).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("he cyaan feel him legs dem, both side", "emergency")]
    [InlineData("got a high temprecha and shivvers and back pain, feel really ill", "urgent")]
    [InlineData("my spine has gone crooked and it aches", "urgent")]
    [InlineData("I'm asking because this back pain is new and I had breast cancer", "urgent")]
    [InlineData("Only asking because my late father had bowel cancer, I'm fine", "none")]
    [InlineData("a van reversed into me at work and my back is agony", "emergency")]
    [InlineData("I feel like I've been run over by a bus, just sore after the massage", "none")]
    [InlineData("back is more sore during my night shift when I lift patients", "none")]
    public void SpellingsAShapeChangedAVehicleAndNightWorkAsPeopleWriteThem(string message, string expected)
    {
        // "cyaan" is can't and "temprecha" temperature (content "spelling"); a back gone crooked has changed shape; "asking
        // because this…" asks about the writer's own sign, "asking because my late father…" still frames his history; a van
        // reversing into someone is a serious injury, being "run over by a bus" a figure of speech; a night shift is work,
        // not night pain (round 69).
        AssertUrgency(message, expected);
    }

    [Theory]
    [InlineData("nope", "none")]
    [InlineData(null, "emergency")]
    public void TheOneWordAnswersAreReadFromTheContentFile(string? denial, string expected)
    {
        // The words that answer a question are content ("answers" in red-flag-concepts.en-GB.json): without "nope"
        // among the denials, "Nope." answers nothing and the numbness stands.
        var file = EmbeddedContent.Load<ConceptFile>(TriageContent.ConceptsFileName);
        file.Answers.Denials.Remove("nope");
        if (denial is not null)
        {
            file.Answers.Denials.Add(denial);
        }

        var check = new RedFlagDetector(new ConceptDetector(file)).Check("Numbness down below? Nope. Just sore.");

        Assert.Equal(expected, check.IsRedFlag ? check.Urgency : "none");
    }

    [Theory]
    [InlineData("denials", "No.")]
    [InlineData("meaningWords", "not normal")]
    [InlineData("afterAll", "")]
    public void AnAnswerWordThatIsNotOneLowerCaseWordIsRejectedAtStartUp(string list, string word)
    {
        // The tokenizer compares these with one folded word, so such an entry could never match.
        var file = EmbeddedContent.Load<ConceptFile>(TriageContent.ConceptsFileName);
        file.Answers.Lists().Single(l => l.Name == list).Words.Add(word);

        var error = Assert.Throws<InvalidOperationException>(() => new ConceptDetector(file));

        Assert.Contains($"answers '{list}' has \"{word}\"", error.Message);
    }

    [Theory]
    [InlineData("pastTense", "could not")]
    [InlineData("nowWords", "Now")]
    public void APastOrNowWordThatIsNotOneLowerCaseWordIsRejectedAtStartUp(string list, string word)
    {
        // Each is compared with one folded token, so such an entry could never match.
        var file = EmbeddedContent.Load<ConceptFile>(TriageContent.ConceptsFileName);
        (list == "pastTense" ? file.PastTense : file.NowWords).Add(word);

        var error = Assert.Throws<InvalidOperationException>(() => new ConceptDetector(file));

        Assert.Contains($"'{list}' has \"{word}\"", error.Message);
    }

    [Fact]
    public void AnOtherSenseOrACueNamingAnUnknownConceptOrAWordThatIsNotOneLowerCaseWordIsRejectedAtStartUp()
    {
        // "otherSenses" words are compared with one folded token, and a sense or a cue limited to a concept that does not
        // exist would silently never apply.
        var file = EmbeddedContent.Load<ConceptFile>(TriageContent.ConceptsFileName);
        file.OtherSenses.Add(new OtherSenseDefinition { Concept = "altered_sensation", Words = ["gone dead"], With = ["tiredness"] });
        file.OtherSenses.Add(new OtherSenseDefinition { Concept = "altered_sensation", Words = ["dead"], With = ["tirednes"] });
        file.Modifiers.Add(new ModifierDefinition { Category = "resolved", Direction = "both", Concepts = ["numbness"], Phrases = ["for a sec"] });

        var error = Assert.Throws<InvalidOperationException>(() => new ConceptDetector(file));

        Assert.Contains("otherSenses 'altered_sensation' words has \"gone dead\"", error.Message);
        Assert.Contains("'tirednes'", error.Message);
        Assert.Contains("unknown concept 'numbness'", error.Message);
    }

    [Fact]
    public void AReasonWordThatIsNotAWeakTerminatorIsRejectedAtStartUp()
    {
        // A reason word only lets a historical scope through a weak terminator; one that is not a weak terminator would do nothing.
        var file = EmbeddedContent.Load<ConceptFile>(TriageContent.ConceptsFileName);
        file.ReasonWords.Add("since");

        var error = Assert.Throws<InvalidOperationException>(() => new ConceptDetector(file));

        Assert.Contains("reason word \"since\"", error.Message);
    }

    [Fact]
    public void AReasonKeepsItsEventsPastOnlyWhenTheContentListsIt()
    {
        // Without "reasonWords", "because" ends the historical scope and the old retention counts again.
        const string Message = "I had an operation 10 years ago because I couldn't pee";
        var file = EmbeddedContent.Load<ConceptFile>(TriageContent.ConceptsFileName);
        Assert.Equal(Assertion.Discarded, new ConceptDetector(file).Read(Message).Mentions.First(m => m.Concept == "retention").Assertion);

        file.ReasonWords.Clear();

        Assert.NotEqual(Assertion.Discarded, new ConceptDetector(file).Read(Message).Mentions.First(m => m.Concept == "retention").Assertion);
    }

    [Fact]
    public void TheOtherSensesAndTheRecurrenceWordsAreReadFromTheContentFile()
    {
        // Without the content's lists, dead legs after the gym are numb again and a short tingle every time is over.
        var file = EmbeddedContent.Load<ConceptFile>(TriageContent.ConceptsFileName);
        var full = new ConceptDetector(file);
        Assert.Equal(Assertion.Discarded, full.Read("legs are dead after the gym").Mentions.First(m => m.Concept == "altered_sensation").Assertion);
        Assert.Equal(Assertion.Present, full.Read("my foot tingles for a few seconds every time I stand").Mentions.First(m => m.Concept == "altered_sensation").Assertion);

        file.OtherSenses.Clear();
        file.Recurrence.Clear();
        var bare = new ConceptDetector(file);
        Assert.Equal(Assertion.Present, bare.Read("legs are dead after the gym").Mentions.First(m => m.Concept == "altered_sensation").Assertion);
        Assert.Equal(Assertion.Discarded, bare.Read("my foot tingles for a few seconds every time I stand").Mentions.First(m => m.Concept == "altered_sensation").Assertion);
    }

    [Theory]
    [InlineData("hedgd")]
    [InlineData("pseudo")]
    public void ACueWhoseWithWriterIsNotAScopedCategoryIsRejectedAtStartUp(string withWriter)
    {
        var file = new ConceptFile
        {
            Version = "test",
            Concepts = new() { ["pain"] = new ConceptDefinition { Kind = "symptom", Phrases = ["pain"] } },
            Modifiers = [new ModifierDefinition { Category = "hypothetical", Direction = "forward", WithWriter = withWriter, Phrases = ["can massage cause"] }],
        };

        var error = Assert.Throws<InvalidOperationException>(() => new ConceptDetector(file));
        Assert.Contains($"withWriter '{withWriter}'", error.Message);
    }

    [Theory]
    [InlineData("normal before", true)]
    [InlineData("normal before|after", true)]
    [InlineData("fine|normal before", true)]
    [InlineData("back to normal before", false)]
    public void ACueThatAPseudoCueCancelsIsRejectedAtStartUp(string resolution, bool rejected)
    {
        // A pseudo cue at least as long as a cue cancels it wherever it occurs, so the cue would silently do nothing
        // (docs/clinical-safety.md, H39); a longer cue that holds the pseudo cue's words wins, so it is kept.
        var file = new ConceptFile
        {
            Version = "test",
            Concepts = new() { ["numb"] = new ConceptDefinition { Kind = "symptom", Phrases = ["numb"] } },
            Modifiers =
            [
                new ModifierDefinition { Category = "pseudo", Direction = "forward", Scope = 0, Phrases = ["normal before"] },
                new ModifierDefinition { Category = "resolved", Direction = "both", Phrases = [resolution] },
            ],
        };

        if (rejected)
        {
            var error = Assert.Throws<InvalidOperationException>(() => new ConceptDetector(file));
            Assert.Contains($"resolved \"{resolution}\"", error.Message);
        }
        else
        {
            Assert.Equal(Assertion.Discarded, new ConceptDetector(file).Read("my foot went numb, back to normal before I paid").Mentions.Single().Assertion);
        }
    }

    [Fact]
    public void EveryRuleInTheFileHasACase()
    {
        var cases = typeof(ConceptDetectorTests).GetMethod(nameof(EachRuleFiresOnItsCombination))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[1]).ToHashSet();
        var untested = Detector.Concepts.Rules.Select(r => r.Id).Where(id => !cases.Contains(id)).ToList();
        Assert.True(untested.Count == 0, $"rules without a case: {string.Join(", ", untested)}");
    }

    [Fact]
    public void TheTraceNamesConceptsWithTheirContextAndNeverTheWordsTyped()
    {
        var value = Detector.Check("no numbness in my bum but I can't pee").ToTraceValue();
        var json = value.ToJsonString();
        Assert.Contains("\"concept\":\"altered_sensation\"", json);
        Assert.Contains("\"assertion\":\"discarded\"", json);
        Assert.Contains("\"rule\":\"E-BLADDER\"", json);
        Assert.DoesNotContain("bum", json);
    }
}
