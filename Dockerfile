# The Airflow image with newsflow installed: used by docker-compose.yml for every Airflow service.
FROM apache/airflow:3.3.2-python3.11

USER root
COPY --chown=airflow:0 . /opt/newsflow
USER airflow
RUN pip install --no-cache-dir "/opt/newsflow" "apache-airflow==3.3.2" "apache-airflow-providers-postgres" \
        "apache-airflow-providers-celery" \
 && mkdir -p /opt/airflow/auth  # the volume airflow-auth starts as a copy: owned by airflow, the init writes there

ENV NEWSFLOW_HOME=/opt/newsflow \
    NEWSFLOW_SOURCES=/opt/newsflow/sources.toml
