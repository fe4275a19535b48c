namespace BackCare.Bot.Framework.Prompts;

/// <summary>How choices are shown (Bot Builder's ListStyle).</summary>
public enum ListStyle
{
    /// <summary>Suggested actions where the channel shows them, card buttons otherwise.</summary>
    Auto,
    None,
    SuggestedAction,
    HeroCard,
}
