using System.Text.Json.Nodes;

namespace BackCare.Bot.Framework.Schema;

/// <summary>The HTTP status and body answered to an invoke activity (protocol.md R2.4).</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body);
