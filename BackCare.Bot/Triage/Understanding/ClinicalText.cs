using System.Globalization;
using System.Text;

namespace BackCare.Bot.Triage.Understanding;

/// <summary>One word of a message, after folding and spelling correction.</summary>
/// <param name="Text">The word as matched (lower case, apostrophes dropped, corrected).</param>
/// <param name="Sentence">Which sentence it is in; phrases and scopes never cross sentences.</param>
/// <param name="AfterComma">A comma came right before it.</param>
/// <param name="Answers">
/// It is a one-word denial answering the words before it: a question's ("Numbness down below? No.") or a checklist
/// line's ("Saddle numbness: no"); see <see cref="AnswerReach"/>.
/// </param>
public readonly record struct Token(string Text, int Sentence, bool AfterComma, AnswerReach Answers = AnswerReach.None);

/// <summary>How far back a one-word denial answers: nothing, its whole question, or its checklist item (back to the last comma).</summary>
public enum AnswerReach
{
    None,
    Question,
    Item,
}

/// <summary>
/// Turns what someone typed into words for the concept matcher: lower case, accents and apostrophes
/// folded ("can't" → "cant", "años" → "anos"), split into sentences at . ! ? ; and new lines (a colon is a
/// clause, as in "Bladder: no"), negative contractions
/// joined ("can not" → "cant"), and misspellings corrected by <see cref="SpellingCorrector"/>.
/// </summary>
public sealed class ClinicalText(SpellingCorrector spelling, IReadOnlyDictionary<string, string>? symbols = null, OneWordAnswers? oneWordAnswers = null)
{
    private readonly OneWordAnswers _answers = oneWordAnswers ?? new OneWordAnswers();

    /// <summary>Longer messages keep their first and last halves of this (a red flag is often in the last sentence).</summary>
    public const int MaxLength = 20000;

    /// <summary>Number words: the units join a tens word before them; the teens and the tens become figures.</summary>
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<(string, string), string> Joins = new()
    {
        [("can", "not")] = "cant", [("do", "not")] = "dont", [("does", "not")] = "doesnt", [("did", "not")] = "didnt",
        [("could", "not")] = "couldnt", [("will", "not")] = "wont", [("would", "not")] = "wouldnt", [("is", "not")] = "isnt",
        [("are", "not")] = "arent", [("was", "not")] = "wasnt", [("were", "not")] = "werent", [("has", "not")] = "hasnt",
        [("have", "not")] = "havent", [("had", "not")] = "hadnt", [("i", "am")] = "im", [("mass", "age")] = "massage",
    };

    /// <summary>
    /// Accented Latin letters and their plain forms ("años" → "anos", "café" → "cafe"). A table, not Unicode
    /// decomposition: the bot runs with invariant globalization, where <see cref="string.Normalize()"/> does not
    /// decompose, so precomposed letters would otherwise stay as typed.
    /// </summary>
    private static readonly Dictionary<char, string> Unaccented = BuildUnaccented();

    private static Dictionary<char, string> BuildUnaccented()
    {
        var table = new Dictionary<char, string>();
        foreach (var (plain, accented) in new[]
        {
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"),
            ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"), ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"),
            ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"), ("ss", "ß"), ("ae", "æ"), ("oe", "œ"),
        })
        {
            foreach (var letter in accented)
            {
                table[letter] = plain;
            }
        }

        return table;
    }

    /// <summary>
    /// A number standing alone as its own clause ("Guitarist, 72.", "my mum (84) slipped") is an age: the word
    /// "years" is added after it, so the age concepts read it as one. A number written with a decimal point ("36.7") is not.
    /// </summary>
    private static void MarkBareAges(List<Token> tokens, HashSet<int> decimals)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            var startsClause = i == 0 || token.AfterComma || tokens[i - 1].Sentence != token.Sentence;
            if (startsClause && EndsClauseAt(tokens, i + 1) && !decimals.Contains(i) && token.Text.Length is 2 or 3 && token.Text.All(char.IsAsciiDigit) && int.Parse(token.Text, CultureInfo.InvariantCulture) is >= 12 and <= 110)
            {
                tokens.Insert(i + 1, new Token("years", token.Sentence, false));
            }
        }
    }

    /// <summary>True when no word of the clause follows position <paramref name="end"/> (the message or sentence ends, or a comma or colon comes next).</summary>
    public static bool EndsClauseAt(IReadOnlyList<Token> tokens, int end) =>
        end >= tokens.Count || tokens[end].Sentence != tokens[end - 1].Sentence || tokens[end].AfterComma;

    /// <summary>Symbols people use for words ("🦵🦵 both pins and needles") become those words.</summary>
    private string ReadSymbols(string text)
    {
        if (symbols is not { Count: > 0 } || text.All(char.IsAscii))
        {
            return text;
        }

        foreach (var (symbol, meaning) in symbols)
        {
            if (text.Contains(symbol, StringComparison.Ordinal))
            {
                text = text.Replace(symbol, $" {meaning} ", StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>
    /// Three or more phrases of at most four words, each ended by a full stop, and nothing else: one report written in
    /// clipped phrases ("Back worst. At night. Cannot lie."), whose course or site belongs with its neighbours. Each
    /// phrase stays its own sentence for context (a "No fever." denies only the fever).
    /// </summary>
    public static bool IsTelegraphic(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny('?', '!', '\n') >= 0 || text.AsSpan().Count('.') < 2)
        {
            return false;
        }

        var phrases = text.Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return phrases.Length >= 3 && phrases.All(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4);
    }

    public IReadOnlyList<Token> Tokenize(string? raw)
    {
        var text = raw ?? string.Empty;
        if (text.Length > MaxLength)
        {
            text = string.Concat(text.AsSpan(0, MaxLength / 2), "\n", text.AsSpan(text.Length - (MaxLength / 2)));
        }

        text = ReadSymbols(text);

        var tokens = new List<Token>();
        var sentence = 0;
        var comma = false;
        var word = new StringBuilder();
        var apostropheAt = -1;
        var normalized = text.Normalize(NormalizationForm.FormD);
        var typedInBursts = IsTypedInBursts(normalized);
        var decimals = new HashSet<int>();
        var answers = AnswerReach.None;
        var wordNumberAt = -1;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (char.IsLetterOrDigit(c) || (c == '/' && !IsSpacedSlash(normalized, i)))
            {
                var lower = char.ToLowerInvariant(c);
                if (lower > '\u007f' && Unaccented.TryGetValue(lower, out var plain))
                {
                    word.Append(plain);
                }
                else
                {
                    word.Append(lower);
                }

                continue;
            }

            if (c is '\'' or '’' or '‘' or '`')
            {
                apostropheAt = word.Length;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // combining accents fold away ("cafe" + ◌́ → "cafe")
            }

            Flush();
            if (c == '.' && i > 0 && i + 1 < normalized.Length && char.IsDigit(normalized[i - 1]) && char.IsDigit(normalized[i + 1]))
            {
                // A decimal point does not end a sentence; the whole number is enough ("2.5m" → "2 m", "38.5" → "38"),
                // and it is never an age ("36.7, totally normal").
                decimals.Add(tokens.Count - 1);
                while (i + 1 < normalized.Length && char.IsDigit(normalized[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (c == '+' && i > 0 && char.IsDigit(normalized[i - 1]) && i + 1 < normalized.Length && char.IsDigit(normalized[i + 1]))
            {
                // "34+2" is a pregnancy's weeks and days: read as "34 weeks".
                word.Append("weeks");
                Flush();
                while (i + 1 < normalized.Length && char.IsDigit(normalized[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (c == '?' && IsInQuestionsAnsweredAll(normalized, i))
            {
                comma = true; // "numb? toilet problem? fever? All no.": short questions answered together are one checklist line
                continue;
            }

            if (c == '?' && IsAnsweredNo(normalized, i) && !AsksWhetherAble(normalized, i))
            {
                comma = true; // "Chest pain? no." is one checklist line: the answer belongs to its question
                answers = EndsItsSentence(normalized, AnswerAfter(normalized, i).End) ? AnswerReach.Question : AnswerReach.None;
                continue;
            }

            if ((c is ':' or '–' || (c == '-' && i > 0 && normalized[i - 1] == ' ')) && IsItemAnsweredNo(normalized, i))
            {
                answers = AnswerReach.Item; // "Saddle numbness: no" / "bladder - nil": the answer denies its whole item
            }

            if (c == '.' && IsAbbreviationDot(normalized, i))
            {
                continue; // "e.g." and "i.e." do not end a sentence; their letters stay ("e g saddle anaesthesia")
            }

            if (c == '…' || (c == '.' && i + 1 < normalized.Length && normalized[i + 1] == '.'))
            {
                // An ellipsis is a pause inside a sentence ("lost feeling in my... well, my privates"), not its end.
                while (i + 1 < normalized.Length && normalized[i + 1] == '.')
                {
                    i++;
                }

                comma = true;
                continue;
            }

            if (c is '\n' or '\r' && (typedInBursts || IsShortLine(tokens, sentence)))
            {
                // One or two words a line ("numb\nbum\nboth\nlegs") is one sentence typed a word at a time, and so
                // is a message of short unpunctuated lines ("every single sneeze\nmy lower back screams").
                comma = true;
                continue;
            }

            if (c is '.' or '!' or '?' or ';' or '\n' or '\r' or '•')
            {
                if (tokens.Count > 0 && tokens[^1].Sentence == sentence)
                {
                    sentence++;
                }

                comma = false;
            }
            else if (c is ',' or ':' or '(' or ')' or '–' or '—' or '/' || (c == '-' && i > 0 && normalized[i - 1] == ' ' && i + 1 < normalized.Length && normalized[i + 1] == ' '))
            {
                comma = true;
            }
        }

        Flush();
        MarkBareAges(tokens, decimals);
        return tokens;

        // Three or more lines of at most five words, none ending in . ! or ?: one message typed in bursts.
        static bool IsTypedInBursts(string text)
        {
            if (text.AsSpan().Count('\n') < 2)
            {
                return false;
            }

            var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return lines.Length >= 3
                && lines.All(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && l[^1] is not ('.' or '!' or '?'));
        }

        static bool IsShortLine(List<Token> tokens, int sentence)
        {
            var words = 0;
            for (var k = tokens.Count - 1; k >= 0 && tokens[k].Sentence == sentence; k--)
            {
                words++;
                if (tokens[k].AfterComma)
                {
                    break;
                }
            }

            return words is > 0 and <= 2;
        }

        // The answer's whole question is denied only by a "No." that ends its sentence: "Numb down below since the
        // massage? No, since yesterday." corrects a detail, so the "no" keeps its usual short reach.
        static bool EndsItsSentence(string text, int end) => end >= text.Length || text[end] is '.' or '!' or ';' or '\n' or '\r' or ')';

        // The one-word answer after a question mark: past a closing quote ("'Any numbness down there?' No.") and past who
        // gave it ("any numb in the bottom? She say no.").
        (string Word, int End) AnswerAfter(string text, int questionMark)
        {
            var start = SkipQuotesAndSpaces(text, questionMark + 1);
            var (who, afterWho) = WordAt(text, start);
            if (_answers.Reporters.Contains(who))
            {
                var (verb, afterVerb) = WordAt(text, SkipQuotesAndSpaces(text, afterWho));
                if (_answers.ReportingVerbs.Contains(verb))
                {
                    start = SkipQuotesAndSpaces(text, afterVerb);
                }
            }

            var (word, end) = WordAt(text, start);
            if (word == "all")
            {
                // "All no." / "All fine." answers the questions before it at once
                var (next, afterNext) = WordAt(text, SkipQuotesAndSpaces(text, end));
                if (_answers.AfterAll.Contains(next))
                {
                    return (next, afterNext);
                }
            }

            return (word, end);
        }

        // A question of at most six words followed only by more such questions and then an "All no.". As for one
        // question, no question of the run may ask whether a sign is normal or whether the writer can do something
        // ("Is it normal to be numb down there? Fever? All no." still says the writer is numb).
        bool IsInQuestionsAnsweredAll(string text, int questionMark)
        {
            var at = questionMark;
            while (true)
            {
                if (AsksWhatItMeans(text, at) || AsksWhetherAble(text, at))
                {
                    return false;
                }

                var next = text.IndexOfAny(['?', '.', '!', ';', '\n'], at + 1);
                if (next < 0 || text[next] != '?' || text[(at + 1)..next].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 0 or > 6)
                {
                    break;
                }

                at = next;
            }

            if (at == questionMark)
            {
                return false;
            }

            var (word, _) = WordAt(text, SkipQuotesAndSpaces(text, at + 1));
            var (answer, end) = AnswerAfter(text, at);
            return word == "all" && answer != "all" && EndsItsSentence(text, end);
        }

        // A tag question ("…my bladder? No?") is not an answer.
        // "Legs? Fine. Waterworks? Normal." answers a checklist's question that all is well, when the word is the whole answer.
        bool IsAnsweredNo(string text, int at)
        {
            var (answer, end) = AnswerAfter(text, at);
            var denies = _answers.Denials.Contains(answer) || (_answers.AllClear.Contains(answer) && EndsItsSentence(text, end));
            return denies
                && (end >= text.Length || !char.IsLetterOrDigit(text[end]) && text[end] is not (' ' or '\'' or '?'))
                && !AsksWhatItMeans(text, at);
        }

        // A checklist item answered in one word at the end of its line ("Numbness in the saddle area: no.",
        // "bladder - nil"); "Bladder: no change" and "Numb: no idea" are not such answers.
        bool IsItemAnsweredNo(string text, int at)
        {
            var (answer, end) = WordAt(text, SkipQuotesAndSpaces(text, at + 1));
            return _answers.ItemDenials.Contains(answer)
                && (end >= text.Length || text[end] is '.' or ',' or ';' or '!' or '\n' or '\r' or ')'
                    || (text[end] == ' ' && (end + 1 >= text.Length || text[end + 1] is '\n' or '\r')));
        }

        // "Can you feel your bottom? No." answers that the writer cannot: a question about what someone is able to do
        // is not denied by "no".
        bool AsksWhetherAble(string text, int questionMark) =>
            QuestionWords(text, questionMark).Any(_answers.AbleWords.Contains);

        // "Is it normal to be numb down below? They said no." answers whether the sign is normal, not whether it is
        // there: a "no" to such a question denies nothing.
        bool AsksWhatItMeans(string text, int questionMark) =>
            QuestionWords(text, questionMark).Any(_answers.MeaningWords.Contains);

        // The words of the question that ends at this question mark, in lower case.
        static IEnumerable<string> QuestionWords(string text, int questionMark)
        {
            var from = questionMark == 0 ? 0 : text.LastIndexOfAny(['.', '!', '?', ';', '\n'], questionMark - 1) + 1;
            return text[from..questionMark].Split(' ', ',', '\'', '"').Select(w => w.ToLowerInvariant());
        }

        static int SkipQuotesAndSpaces(string text, int at)
        {
            while (at < text.Length && text[at] is ' ' or '\'' or '"' or '’' or '”')
            {
                at++;
            }

            return at;
        }

        static (string Word, int End) WordAt(string text, int start)
        {
            var end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            return (text[start..end].ToLowerInvariant(), end);
        }

        // A slash with a space on either side separates a checklist's items ("numb saddle - no / bladder - no"), as
        // a comma does; inside a word it is part of it ("0/10", "w/e").
        static bool IsSpacedSlash(string text, int at) =>
            (at > 0 && text[at - 1] == ' ') || (at + 1 < text.Length && text[at + 1] == ' ');

        static bool IsAbbreviationDot(string text, int at) =>
            at > 0 && char.IsLetter(text[at - 1]) && (at < 2 || !char.IsLetter(text[at - 2]))
            && ((at + 2 < text.Length && char.IsLetter(text[at + 1]) && text[at + 2] == '.')
                || (at >= 2 && text[at - 2] == '.'));

        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }

            var text = word.ToString().Trim('/');
            var possessive = apostropheAt > 0 && apostropheAt == word.Length - 1 && text.EndsWith('s');
            word.Clear();
            apostropheAt = -1;
            if (text.Length == 0)
            {
                return;
            }

            if (text == "cannot")
            {
                text = "cant";
            }

            // Numbers of twelve and more written as words are read as figures ("sixty-seven" → "67", "thirty three
            // weeks" → "33 weeks"), so an age or a week of pregnancy reads the same however it is typed.
            if (NumberWords.TryGetValue(text, out var number))
            {
                if (number < 10 && !comma && tokens.Count > 0 && tokens[^1].Sentence == sentence && tokens[^1].Text is { Length: 2 } tens
                    && tens[1] == '0' && tens[0] is >= '2' and <= '9' && tokens.Count - 1 == wordNumberAt)
                {
                    tokens[^1] = tokens[^1] with { Text = string.Concat(tens.AsSpan(0, 1), number.ToString(CultureInfo.InvariantCulture)) };
                    return;
                }

                if (number >= 12)
                {
                    text = number.ToString(CultureInfo.InvariantCulture);
                    wordNumberAt = tokens.Count;
                }
            }

            if (!comma && tokens.Count > 0 && tokens[^1].Sentence == sentence && Joins.TryGetValue((tokens[^1].Text, text), out var joined))
            {
                tokens[^1] = tokens[^1] with { Text = joined };
                return;
            }

            tokens.Add(new Token(possessive ? spelling.CorrectPossessive(text) : spelling.Correct(text), sentence, comma, answers));
            comma = false;
            answers = AnswerReach.None;
        }
    }
}
