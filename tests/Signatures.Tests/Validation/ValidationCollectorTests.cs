using Signatures.Validation;

namespace Signatures.Tests.Validation;

public class ValidationCollectorTests
{
    [Fact]
    public void Nested_paths_are_prefixed_only_for_errors_added_after_the_mark()
    {
        var errors = new ValidationCollector();
        errors.Add("earlier", "kept as is");
        int mark = errors.Count;
        errors.Add("petal_width", "is required");
        errors.PrefixSince(mark, "rows", 3);

        ValidationResult result = errors.ToResult();

        Assert.False(result.IsValid);
        Assert.Equal(["earlier: kept as is", "rows[3].petal_width: is required"], result.Errors.ToArray().Select(e => e.ToString()));
    }

    [Fact]
    public void Index_paths_join_without_a_dot_and_keys_are_quoted()
    {
        var errors = new ValidationCollector();
        errors.Add("[1]", "bad item");
        errors.PrefixSince(0, "tags");
        errors.PrefixSinceKey(0, "maps", "k");

        Assert.Equal("maps['k'].tags[1]", errors.ToResult().Errors[0].Path);
    }

    [Fact]
    public void An_untouched_collector_is_valid()
    {
        Assert.True(new ValidationCollector().ToResult().IsValid);
        Assert.Equal(0, new ValidationCollector().ToResult().Errors.Length);
    }

    [Fact]
    public void Tensor_shape_check_reports_rank_and_each_wrong_dimension()
    {
        var errors = new ValidationCollector();
        Assert.False(TensorShapeCheck.Check(new byte[2, 28, 27, 1], [-1, 28, 28, 1], "images", ref errors));
        Assert.False(TensorShapeCheck.Check(new byte[2, 28], [-1, 28, 28, 1], "other", ref errors));
        Assert.False(TensorShapeCheck.Check(null, [-1], "missing", ref errors));

        Assert.Equal(
            ["images: dimension 2 is 27, expected 28", "other: rank is 2, expected 4 (shape [-1, 28, 28, 1])", "missing: tensor is required but was null"],
            errors.ToResult().Errors.ToArray().Select(e => e.ToString()));
    }

    [Fact]
    public void A_matching_tensor_is_checked_without_allocating()
    {
        var images = new byte[3, 28, 28, 1];
        // The shape is built before the measurement: without optimizations (Debug) the compiler materializes a
        // constant collection expression on the heap, and that is the caller's cost, not the check's.
        ReadOnlySpan<int> shape = [-1, 28, 28, 1];
        var errors = new ValidationCollector();
        TensorShapeCheck.Check(images, shape, "images", ref errors); // warm up
        _ = errors.ToResult();

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = TensorShapeCheck.Check(images, shape, "images", ref errors);
        ValidationResult result = errors.ToResult();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(ok);
        Assert.True(result.IsValid);
        Assert.Equal(0, allocated);
    }
}
