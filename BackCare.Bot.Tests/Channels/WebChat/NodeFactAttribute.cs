namespace BackCare.Bot.Tests.Channels.WebChat;

/// <summary>A fact that runs a Node script; skipped with a reason when Node or its packages are missing, never under CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        Skip = WebChatTooling.NodeSkipReason;
    }
}
