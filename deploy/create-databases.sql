-- Run once by the postgres image on an empty volume: Airflow's metadata DB and newsflow's news DB.
CREATE DATABASE airflow;
CREATE DATABASE news;
