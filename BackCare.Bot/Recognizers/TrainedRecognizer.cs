using System.Text;
using BackCare.Bot.Classification;
using BackCare.Bot.Content;
using BackCare.Bot.Framework.Prompts;
using BackCare.Bot.Framework.Recognizers;
using BackCare.Bot.Framework.Turns;

namespace BackCare.Bot.Recognizers;

/// <summary>
/// Intent recognition by a text classifier trained on intent-utterances.en-GB.json, ranked intents with
/// probabilities. A whole-message command from intent-recognition.en-GB.json ("stop", "help", "menu") is
/// that command at score 1.0 without the model, and a message of only "?" is help. The default model is
/// trained once per process, on first use (<see cref="WarmUp"/> does it at start-up).
/// </summary>
public sealed class TrainedRecognizer : IRecognizer
{
    /// <summary>Longer messages are classified on their first this many characters.</summary>
    public const int MaxModelTextLength = 2000;

    public const string UtterancesFile = "intent-utterances.en-GB.json";
    private const string RecognitionFile = "intent-recognition.en-GB.json";

    private static readonly Lazy<TextClassifier> DefaultModel =
        new(() => Train(EmbeddedContent.Load<IntentUtteranceFile>(UtterancesFile)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<TextClassifier> _model;
    private readonly Dictionary<string, string> _commands;
    private readonly RecognitionThresholds _thresholds;
    private readonly int _maxIntents;

    public TrainedRecognizer()
        : this(EmbeddedContent.Load<IntentRecognitionFile>(RecognitionFile), DefaultModel)
    {
    }

    /// <summary>A recognizer with its own model, trained from <paramref name="utterances"/> on first use.</summary>
    public TrainedRecognizer(IntentUtteranceFile utterances, IntentRecognitionFile recognition, TextClassifierOptions? options = null)
        : this(recognition, new Lazy<TextClassifier>(() => Train(utterances, options), LazyThreadSafetyMode.ExecutionAndPublication))
    {
        Validate(utterances);
    }

    private TrainedRecognizer(IntentRecognitionFile recognition, Lazy<TextClassifier> model)
    {
        var unknown = recognition.Commands.Keys.Where(n => !Intents.All.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{RecognitionFile} names unknown intents: {string.Join(", ", unknown)}.");
        }

        _model = model;
        _thresholds = recognition.Thresholds.ToRecognitionThresholds();
        _maxIntents = Math.Max(1, recognition.Thresholds.MaxIntents);
        _commands = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (intent, phrases) in recognition.Commands)
        {
            foreach (var phrase in phrases.Select(TextNormalizer.Normalize))
            {
                if (!_commands.TryAdd(phrase, intent) && _commands[phrase] != intent)
                {
                    throw new InvalidOperationException($"{RecognitionFile} gives \"{phrase}\" to both {_commands[phrase]} and {intent}.");
                }
            }
        }
    }

    /// <summary>Every intent the model was trained on.</summary>
    public IReadOnlyList<string> ModelIntents => _model.Value.Labels;

    /// <summary>Trains the model now (and runs one prediction), so the first message is not the one that waits.</summary>
    public void WarmUp() => Recognize("warm up");

    public Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(Recognize(PromptInput.GetText(turnContext.Activity)));

    public RecognizerResult Recognize(string? text)
    {
        var raw = text ?? string.Empty;
        if (raw.Contains('?') && raw.Trim().Trim('?').Length == 0)
        {
            return Certain(raw, Intents.Help);
        }

        if (_commands.TryGetValue(TextNormalizer.Normalize(raw), out var command))
        {
            return Certain(raw, command);
        }

        var modelText = ModelText(raw);
        if (modelText.Length == 0)
        {
            return Certain(raw, Intents.None);
        }

        var ranked = _model.Value.Predict(modelText).Take(_maxIntents).ToDictionary(s => s.Label, s => s.Score, StringComparer.Ordinal);
        return new RecognizerResult(raw, ranked) { Thresholds = _thresholds };
    }

    /// <summary>Every intent the model knows for this text, with its probability, best first (no commands, no cut-off).</summary>
    internal IReadOnlyList<ScoredLabel> RankAll(string text) => _model.Value.Predict(ModelText(text));

    /// <summary>
    /// What the model reads: lower case, apostrophes dropped ("I'm" is "im"), other punctuation as spaces,
    /// symbols and emoji kept ("👍" means something), at most <see cref="MaxModelTextLength"/> characters.
    /// </summary>
    internal static string ModelText(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxModelTextLength));
        var lastWasSpace = true;
        foreach (var raw in text.Length > MaxModelTextLength ? text.AsSpan(0, MaxModelTextLength) : text.AsSpan())
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '’' or '‘')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsPunctuation(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    private RecognizerResult Certain(string text, string intent) =>
        new(text, new Dictionary<string, double>(StringComparer.Ordinal) { [intent] = 1.0 }) { Thresholds = _thresholds };

    private static TextClassifier Train(IntentUtteranceFile file, TextClassifierOptions? options = null)
    {
        Validate(file);
        var examples = file.Utterances
            .SelectMany(group => group.Value.Select(text => new LabelledText(group.Key, ModelText(text))))
            .Where(e => e.Text.Length > 0);
        return TextClassifier.Train(examples, options);
    }

    private static void Validate(IntentUtteranceFile file)
    {
        var unknown = file.Utterances.Keys.Where(n => !Intents.All.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{UtterancesFile} names unknown intents: {string.Join(", ", unknown)}.");
        }

        if (!file.Utterances.ContainsKey(Intents.None))
        {
            throw new InvalidOperationException($"{UtterancesFile} has no \"{Intents.None}\" examples: the model needs an out-of-scope class.");
        }
    }
}
