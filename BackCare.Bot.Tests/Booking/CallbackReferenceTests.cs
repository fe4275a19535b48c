using BackCare.Bot.Booking;

namespace BackCare.Bot.Tests.Booking;

public sealed class CallbackReferenceTests
{
    [Fact]
    public void NewReferencesAreShortUseOnlyTheUnambiguousAlphabetAndDiffer()
    {
        var references = Enumerable.Range(0, 2000).Select(_ => CallbackReference.New()).ToList();

        Assert.All(references, r =>
        {
            Assert.Matches(@"^CB-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}\z", r);
            Assert.Equal(r, CallbackReference.Normalize(r));
        });
        Assert.DoesNotContain(references, r => r[3..].IndexOfAny(['0', 'O', '1', 'I', 'L', 'U']) >= 0);
        Assert.True(references.Distinct().Count() > 1990, "References should almost never repeat in a small sample.");
    }

    [Theory]
    [InlineData(" cb-7k3qx ", "CB-7K3QX")]
    [InlineData("CB-7K3QX", "CB-7K3QX")]
    [InlineData("CB-7K3Q0", null)]
    [InlineData("CB-7K3Q", null)]
    [InlineData("XX-7K3QX", null)]
    [InlineData("../../x", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void NormalizeAcceptsWhatAReceptionistMightTypeAndNothingElse(string? typed, string? expected) =>
        Assert.Equal(expected, CallbackReference.Normalize(typed));
}
