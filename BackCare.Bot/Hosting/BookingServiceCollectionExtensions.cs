using BackCare.Bot.Content;
using BackCare.Bot.Dialogs.Booking;

namespace BackCare.Bot.Hosting;

/// <summary>
/// The booking conversation (issue 11). It sends call-back requests through <see cref="Booking.ICallbackRequests"/>,
/// registered with the call-back store; the dialog resolves it only when a request is sent, so the bot starts
/// without it (and then says a request was not received, giving the clinic's phone number).
/// </summary>
public static class BookingServiceCollectionExtensions
{
    public static IServiceCollection AddBookingConversation(this IServiceCollection services)
    {
        services.AddSingleton<BookingContent>();
        services.AddSingleton<BookingActivities>();
        services.AddSingleton<CallbackDialog>();
        services.AddSingleton<BookingDialog>();
        return services;
    }
}
