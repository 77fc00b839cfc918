using System.ComponentModel.DataAnnotations;
using BenchmarkDotNet.Attributes;
using Signatures.Benchmarks.Contracts;

namespace Signatures.Benchmarks;

/// <summary>
/// Validating one valid 10-member record: the generated <c>LoanApplication.Validate</c> against the same checks written
/// by hand (the baseline) and against DataAnnotations' <see cref="Validator.TryValidateObject(object, ValidationContext, ICollection{ValidationResult}?, bool)"/>
/// on an equivalent annotated class. All three check the same facts: the record is present, three strings are present,
/// every tag is present, the credit score fits an int32.
/// </summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    private readonly LoanApplication application = new("A-1042", 41, 82_500.0, 250_000.0, 360, 712, "salaried", true, null, ["first-home", "fixed-rate", "online"]);

    private readonly AnnotatedLoanApplication annotated = new()
    {
        ApplicantId = "A-1042", Age = 41, Income = 82_500.0, LoanAmount = 250_000.0, TermMonths = 360, CreditScore = 712,
        Employment = "salaried", HomeOwner = true, Region = null, Tags = ["first-home", "fixed-rate", "online"],
    };

    /// <summary>Checks that all three agree that the instance is valid.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (!HandWritten() || !Generated() || !DataAnnotations()) throw new InvalidOperationException("The benchmark instance must be valid for all three.");
    }

    /// <summary>Baseline: the checks written by hand, returning whether the record is valid.</summary>
    [Benchmark(Baseline = true, Description = "hand-written check")]
    public bool HandWritten() => HandWrittenCheck.IsValid(application);

    /// <summary>The generated validator.</summary>
    [Benchmark(Description = "generated Validate")]
    public bool Generated() => LoanApplication.Validate(application).IsValid;

    /// <summary>DataAnnotations on the equivalent annotated class.</summary>
    [Benchmark(Description = "DataAnnotations Validator")]
    public bool DataAnnotations()
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(annotated, new ValidationContext(annotated), results, validateAllProperties: true);
    }
}

/// <summary>What a developer would write by hand for the contract's rules.</summary>
internal static class HandWrittenCheck
{
    public static bool IsValid(LoanApplication? application)
    {
        if (application is null || application.ApplicantId is null || application.Employment is null || application.Tags is null) return false;
        if (application.CreditScore is < int.MinValue or > int.MaxValue) return false;
        foreach (string tag in application.Tags)
        {
            if (tag is null) return false;
        }
        return true;
    }
}

/// <summary>The contract as a DataAnnotations model.</summary>
internal sealed class AnnotatedLoanApplication
{
    [Required(AllowEmptyStrings = true)] public string ApplicantId { get; set; } = "";
    public int Age { get; set; }
    public double Income { get; set; }
    public double LoanAmount { get; set; }
    public int TermMonths { get; set; }
    [Range(int.MinValue, int.MaxValue)] public long CreditScore { get; set; }
    [Required(AllowEmptyStrings = true)] public string Employment { get; set; } = "";
    public bool HomeOwner { get; set; }
    public string? Region { get; set; }
    [Required, ItemsRequired] public string[] Tags { get; set; } = [];
}

/// <summary>DataAnnotations has no rule for "every item present"; this is the usual custom attribute.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ItemsRequiredAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not System.Collections.IEnumerable items || items.Cast<object?>().All(item => item is not null);
}
