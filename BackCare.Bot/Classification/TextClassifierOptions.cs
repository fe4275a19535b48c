namespace BackCare.Bot.Classification;

/// <summary>How a <see cref="TextClassifier"/> is trained. The defaults suit a few hundred to a few thousand short messages.</summary>
public sealed record TextClassifierOptions
{
    /// <summary>Seeds ML.NET, so the same examples always give the same model and the same scores.</summary>
    public int Seed { get; init; } = 20261129;

    /// <summary>Word n-grams up to this length (all shorter lengths included).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Character n-grams up to this length (all shorter lengths included): they carry typos and word stems.</summary>
    public int CharNgramLength { get; init; } = 3;

    /// <summary>Whether character n-grams shorter than <see cref="CharNgramLength"/> are counted too.</summary>
    public bool AllCharNgramLengths { get; init; } = true;

    /// <summary>Weights n-grams by inverse document frequency as well as by count.</summary>
    public bool TfIdf { get; init; } = true;

    /// <summary>Passes of the SDCA trainer over the data; null lets ML.NET choose.</summary>
    public int? MaximumIterations { get; init; }

    /// <summary>L2 regularisation of the SDCA trainer; null lets ML.NET choose.</summary>
    public float? L2Regularization { get; init; }
}
