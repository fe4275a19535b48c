using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace BackCare.Bot.Classification;

/// <summary>
/// A multiclass text classifier trained from (label, text) pairs with ML.NET: word and character
/// n-grams (FeaturizeText) into a maximum-entropy model (SdcaMaximumEntropy). Training is single-threaded
/// with a fixed seed, so it is reproducible. <see cref="Predict(string)"/> is thread-safe: each call
/// borrows a prediction engine from a pool.
/// </summary>
public sealed class TextClassifier
{
    private readonly ObjectPool<PredictionEngine<Input, Output>> _engines;
    private readonly string[] _slotLabels;

    private TextClassifier(MLContext mlContext, ITransformer model)
    {
        _engines = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 }
            .Create(new EnginePolicy(mlContext, model));
        var engine = _engines.Get();
        try
        {
            var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
            engine.OutputSchema[nameof(Output.Score)].GetSlotNames(ref slotNames);
            _slotLabels = slotNames.DenseValues().Select(n => n.ToString()).ToArray();
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>Every label the model knows, in the model's own order.</summary>
    public IReadOnlyList<string> Labels => _slotLabels;

    public static TextClassifier Train(IEnumerable<LabelledText> examples, TextClassifierOptions? options = null)
    {
        options ??= new TextClassifierOptions();
        var rows = examples.Select(e => new Input { Label = e.Label, Text = e.Text }).ToList();
        var labelCount = rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count();
        if (labelCount < 2)
        {
            throw new ArgumentException("A classifier needs examples of at least two labels.", nameof(examples));
        }

        var mlContext = new MLContext(options.Seed);
        var data = mlContext.Data.LoadFromEnumerable(rows);
        var pipeline = mlContext.Transforms.Conversion.MapValueToKey(nameof(Input.Label))
            .Append(mlContext.Transforms.Text.FeaturizeText("Features", FeaturizerOptions(options), nameof(Input.Text)))
            .AppendCacheCheckpoint(mlContext)
            .Append(mlContext.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(Input.Label),
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.MaximumIterations,
                L2Regularization = options.L2Regularization,
            }));
        return new TextClassifier(mlContext, pipeline.Fit(data));
    }

    /// <summary>Every label with its probability, highest first (ties in label order).</summary>
    public IReadOnlyList<ScoredLabel> Predict(string text)
    {
        var engine = _engines.Get();
        float[] scores;
        try
        {
            scores = engine.Predict(new Input { Text = text }).Score ?? [];
        }
        finally
        {
            _engines.Return(engine);
        }

        return scores
            .Select((score, index) => new ScoredLabel(_slotLabels[index], score))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Label, StringComparer.Ordinal)
            .ToList();
    }

    private static TextFeaturizingEstimator.Options FeaturizerOptions(TextClassifierOptions options) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = true,
        StopWordsRemoverOptions = null,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.WordNgramLength, UseAllLengths = true, Weighting = Weighting(options) },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.CharNgramLength, UseAllLengths = options.AllCharNgramLengths, Weighting = Weighting(options) },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static NgramExtractingEstimator.WeightingCriteria Weighting(TextClassifierOptions options) =>
        options.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;

    private sealed class EnginePolicy(MLContext mlContext, ITransformer model) : PooledObjectPolicy<PredictionEngine<Input, Output>>
    {
        public override PredictionEngine<Input, Output> Create() =>
            mlContext.Model.CreatePredictionEngine<Input, Output>(model);

        public override bool Return(PredictionEngine<Input, Output> obj) => true;
    }

    /// <summary>One row for ML.NET, which reads its properties by reflection.</summary>
    private sealed class Input
    {
        public string Label { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;
    }

    /// <summary>The model's probabilities, one per label, in slot order.</summary>
    private sealed class Output
    {
        public float[]? Score { get; set; }
    }
}
