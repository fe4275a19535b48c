namespace BackCare.Bot.Framework.State;

/// <summary>A stored JSON document and its eTag (null when the item is new).</summary>
public sealed record StoreItem(string Json, string? ETag)
{
    public const string AnyETag = "*";
}
