using Qingmeng.ServiceDefaults.Figures;

namespace Qingmeng.ServiceDefaults.Tests.Figures;

public sealed class MediansTests
{
    [Theory]
    [InlineData(new[] { 5, 1, 3 }, 3.0)]
    [InlineData(new[] { 4, 1, 2, 3 }, 2.5)]
    [InlineData(new[] { 7 }, 7.0)]
    public void Of_unsorted_values_is_the_middle_or_the_mean_of_the_two_middle_ones(int[] values, double expected)
    {
        Assert.Equal((decimal)expected, Medians.Of(values));
    }

    [Fact]
    public void Of_no_values_is_null()
    {
        Assert.Null(Medians.Of([]));
    }
}
