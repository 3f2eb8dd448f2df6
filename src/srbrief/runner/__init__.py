"""Running the pipeline: run order and parameters, kernels, papermill, staging of outputs."""
