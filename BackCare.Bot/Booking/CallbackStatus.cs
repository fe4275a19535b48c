namespace BackCare.Bot.Booking;

/// <summary>Where a call-back request is. A request is never dropped: it ends delivered, handled, or failed and visible to staff.</summary>
public enum CallbackStatus
{
    /// <summary>Committed; waiting for delivery on an enabled channel (or, with none enabled, for staff to read it).</summary>
    Pending,

    /// <summary>Every enabled channel has delivered it.</summary>
    Delivered,

    /// <summary>A channel used up its attempts. Staff see it in the admin API and can retry it.</summary>
    Failed,

    /// <summary>Staff marked it handled; nothing more is sent.</summary>
    Handled,
}
