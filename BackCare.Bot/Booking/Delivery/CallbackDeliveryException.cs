namespace BackCare.Bot.Booking.Delivery;

/// <summary>
/// A delivery the receiver refused. <see cref="Exception.Message"/> is a category safe to store and log ("HTTP 500",
/// "SMTP 550"); <see cref="Permanent"/> failures (a 400 from the webhook, a rejected mailbox) are not retried.
/// </summary>
public sealed class CallbackDeliveryException(string category, bool permanent = false) : Exception(category)
{
    public bool Permanent { get; } = permanent;
}
