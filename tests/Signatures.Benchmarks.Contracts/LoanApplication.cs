namespace Signatures.Benchmarks.Contracts;

/// <summary>The validator benchmark's 10-member contract: three required strings, a list of strings whose items must be
/// present, an integer column held in a <c>long</c> (range-checked), numbers, a flag and an optional string.</summary>
[ModelInput]
public partial record LoanApplication(
    [property: Column("applicant_id")] string ApplicantId,
    [property: Column("age")] int Age,
    [property: Column("income")] double Income,
    [property: Column("loan_amount")] double LoanAmount,
    [property: Column("term_months")] int TermMonths,
    [property: Column("credit_score", Type = DataType.Integer)] long CreditScore,
    [property: Column("employment")] string Employment,
    [property: Column("home_owner")] bool HomeOwner,
    [property: Column("region")] string? Region,
    [property: Column("tags")] string[] Tags);
