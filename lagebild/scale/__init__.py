"""Scale-out: analyse many articles on a Dask cluster and write Parquet tables."""
