namespace BackCare.Bot.Tests.Channels.WebChat;

/// <summary>A fact that drives a real Chromium; skipped with a reason when it is missing, never under CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = WebChatTooling.BrowserSkipReason;
    }
}
