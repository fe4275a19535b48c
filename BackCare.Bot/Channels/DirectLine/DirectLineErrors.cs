namespace BackCare.Bot.Channels.DirectLine;

/// <summary>The error answers, each with Direct Line's <c>{"error":{"code","message"}}</c> body (stable codes).</summary>
public static class DirectLineErrors
{
    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; ask for a new one.");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, "NotFound", message);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(int limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The activity is larger than the {limit}-byte limit.");

    public static IResult Error(int status, string code, string message) =>
        TypedResults.Json(new DirectLineErrorResponse(new DirectLineError(code, message)), statusCode: status);

    /// <summary>The answer for a token that did not pass, or null when it did.</summary>
    public static IResult? ForFailedCheck(TokenCheck check) => check.Status switch
    {
        TokenCheckStatus.Valid => null,
        TokenCheckStatus.Missing => Unauthorized("An 'Authorization: Bearer <token>' header is required."),
        TokenCheckStatus.Expired => TokenExpired(),
        _ => Unauthorized("The token is not valid."),
    };
}
