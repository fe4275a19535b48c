namespace BackCare.Bot.Classification;

/// <summary>One training example: a text and the label it should get.</summary>
public sealed record LabelledText(string Label, string Text);
