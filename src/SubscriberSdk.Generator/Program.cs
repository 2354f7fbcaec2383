// Placeholder entry point; the generator is built in the contract issue.
return 0;
