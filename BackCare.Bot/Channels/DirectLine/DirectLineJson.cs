using BackCare.Bot.Framework.Schema;

namespace BackCare.Bot.Channels.DirectLine;

/// <summary>JSON answers written with the protocol's serializer options (camelCase, nulls omitted).</summary>
public static class DirectLineJson
{
    public static IResult Ok(object value, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(value, ProtocolJson.Options, statusCode: status);
}
