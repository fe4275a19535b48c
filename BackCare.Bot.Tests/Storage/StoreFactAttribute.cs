using Xunit.Sdk;

namespace BackCare.Bot.Tests.Storage;

/// <summary>
/// A fact of <see cref="StateStoreContract"/>. It is declared once on the abstract contract, so a per-backend
/// skip cannot sit on the attribute itself; <see cref="StoreFactDiscoverer"/> decides per inheriting class.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("BackCare.Bot.Tests.Storage.StoreFactDiscoverer", "BackCare.Bot.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
